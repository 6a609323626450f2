import { DocLayout, readAttendees } from '@referat/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { assigneeName } from '../src/actions/assigneeName'
import { assigneeValue } from '../src/actions/assigneeValue'
import { normalizeDue } from '../src/actions/normalizeDue'

const doc = new Y.Doc()
const list = doc.getArray<unknown>(DocLayout.attendees)
for (const fields of [
  { id: 'a1', name: 'Kari Nordmann' },
  { id: 'a2', name: 'Per Hansen', role: 'moderator' },
  { name: 'Uten id' },
]) {
  const map = new Y.Map<unknown>()
  for (const [key, value] of Object.entries(fields)) map.set(key, value)
  list.push([map])
}
list.push(['not a map'])
const attendees = readAttendees(doc)

describe('responsible person of a task', () => {
  it('reads valid attendees from the doc and skips malformed ones', () => {
    expect(attendees.map((person) => person.name)).toEqual(['Kari Nordmann', 'Per Hansen'])
    expect(attendees[1]?.role).toBe('moderator')
  })

  it('stores the attendee id for a typed name, else the text itself', () => {
    expect(assigneeValue('kari nordmann ', attendees)).toBe('a1')
    expect(assigneeValue('Kari', attendees)).toBe('Kari')
    expect(assigneeValue('  ', attendees)).toBe('')
  })

  it('shows the name of an attendee id, and free text as it is', () => {
    expect(assigneeName('a2', attendees)).toBe('Per Hansen')
    expect(assigneeName('Styret', attendees)).toBe('Styret')
  })
})

describe('normalizeDue', () => {
  it('turns a Norwegian date into YYYY-MM-DD', () => {
    expect(normalizeDue('16.3.2026')).toBe('2026-03-16')
    expect(normalizeDue('01.04.26')).toBe('2026-04-01')
  })

  it('keeps ISO dates, impossible dates and free text as typed', () => {
    expect(normalizeDue('2026-03-16')).toBe('2026-03-16')
    expect(normalizeDue('31.2.2026')).toBe('31.2.2026')
    expect(normalizeDue('uke 12')).toBe('uke 12')
  })
})
