import { describe, expect, it } from 'vitest'
import { Awareness } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { readPresence } from '../src/collab/readPresence'

describe('readPresence', () => {
  it('lists self first, then others by name, and skips states without a user', () => {
    const doc = new Y.Doc()
    const awareness = new Awareness(doc)
    awareness.setLocalStateField('user', { name: 'Øyvind', color: '#1f6feb', role: 'secretary' })
    awareness.states.set(101, { user: { name: 'Mari', color: '#b3261e', role: 'moderator' } })
    awareness.states.set(102, { user: { name: 'Anne', color: 'red; x', role: 'boss' } })
    awareness.states.set(103, {})
    const people = readPresence(awareness)
    expect(people.map((p) => [p.name, p.role, p.isSelf])).toEqual([
      ['Øyvind', 'secretary', true],
      ['Anne', 'viewer', false],
      ['Mari', 'moderator', false],
    ])
    expect(people[1]?.color).toBe('#6b7280')
    awareness.destroy()
  })
})
