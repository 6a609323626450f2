import { describe, expect, it } from 'vitest'
import { chooseUserColor } from '../src/collab/chooseUserColor'
import type { Presence } from '../src/collab/Presence'
import { userColors } from '../src/collab/userColors'

const person = (clientId: number, color: string): Presence => ({
  clientId,
  color,
  name: `P${clientId}`,
  role: 'secretary',
  isSelf: false,
})

describe('chooseUserColor', () => {
  const [first, second, third] = userColors

  it('keeps the preferred colour when nobody earlier shows it', () => {
    expect(chooseUserColor(first, 10, [person(20, first), person(5, second)])).toBe(first)
  })

  it('gives way to someone who joined earlier with the same colour', () => {
    expect(chooseUserColor(first, 10, [person(5, first), person(7, second)])).toBe(third)
  })

  it('lets exactly one of two clashing users change', () => {
    const a = chooseUserColor(first, 1, [person(2, first)])
    const b = chooseUserColor(first, 2, [person(1, a)])
    expect(a).toBe(first)
    expect(b).not.toBe(first)
  })
})
