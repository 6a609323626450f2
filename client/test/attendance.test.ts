import {
  addAttendees,
  initMeetingDoc,
  meetingMeta,
  readAttendees,
  type Attendee,
} from '@referat/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { attendeeNotes } from '../src/attendance/attendeeNotes'
import { createObservedStore } from '../src/attendance/createObservedStore'
import { groupAttendees } from '../src/attendance/groupAttendees'
import { readAgendaItems } from '../src/attendance/readAgendaItems'
import { nb } from '../src/i18n/nb'

const person = (fields: Partial<Attendee> & { id: string }): Attendee => ({
  name: fields.id,
  organisation: '',
  role: 'member',
  presence: 'present',
  substituteFor: '',
  arrivedAt: '',
  leftAt: '',
  conflicts: [],
  ...fields,
})

describe('groupAttendees', () => {
  it('groups as a referat lists people, secretariat apart, empty groups left out', () => {
    const groups = groupAttendees([
      person({ id: 'unknown', presence: 'unknown' }),
      person({ id: 'sec', role: 'secretariat', presence: 'present' }),
      person({ id: 'a' }),
      person({ id: 'vara', presence: 'substitute' }),
      person({ id: 'b', presence: 'absent' }),
      person({ id: 'c', role: 'moderator' }),
    ])
    expect(groups.map((g) => [g.key, g.people.map((p) => p.id)])).toEqual([
      ['present', ['a', 'c']],
      ['absent', ['b']],
      ['substitute', ['vara']],
      ['secretariat', ['sec']],
      ['unknown', ['unknown']],
    ])
  })
})

describe('readAgendaItems', () => {
  it('lists the agenda items with number and title text', () => {
    const doc = new Y.Doc()
    initMeetingDoc(doc, meetingMeta.parse({ title: 'Møte', date: '2026-03-16' }), [
      'Godkjenning av innkalling',
      'Næringspolitisk posisjonsnotat',
    ])
    const items = readAgendaItems(doc)
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Godkjenning av innkalling'],
      ['2', 'Næringspolitisk posisjonsnotat'],
    ])
    expect(items.every((item) => item.id.length > 0)).toBe(true)
  })
})

describe('attendeeNotes', () => {
  it('names whom a substitute stands in for, arrival, departure and conflicts', () => {
    const items = [
      { id: 'i1', number: '1', title: 'A' },
      { id: 'i2', number: '2', title: 'B' },
    ]
    const regular = person({ id: 'r', name: 'Anne Solheim', presence: 'absent' })
    const vara = person({
      id: 'v',
      presence: 'substitute',
      substituteFor: 'r',
      arrivedAt: 'i2',
      leftAt: 'gone',
      conflicts: ['i1', 'i2'],
    })
    expect(attendeeNotes(vara, [regular, vara], items, nb)).toEqual([
      'vara for Anne Solheim',
      'kom under sak 2',
      'inhabil i sak 1, 2',
    ])
  })
})

describe('createObservedStore', () => {
  it('notifies on remote-looking changes and keeps the snapshot when nothing changed', () => {
    const doc = new Y.Doc()
    const array = doc.getArray<unknown>('attendees')
    const store = createObservedStore(array, () => readAttendees(doc))
    let calls = 0
    const unsubscribe = store.subscribe(() => calls++)
    const before = store.get()
    doc.getMap('meta').set('title', 'x')
    expect(store.get()).toBe(before)
    addAttendees(doc, [{ name: 'Anne' }])
    expect(calls).toBe(1)
    expect(store.get().map((p) => p.name)).toEqual(['Anne'])
    unsubscribe()
  })
})
