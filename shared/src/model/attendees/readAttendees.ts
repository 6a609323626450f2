import type * as Y from 'yjs'
import type { Attendee } from '../attendee'
import { attendeesArray } from './attendeesArray'
import { readAttendeeMap } from './readAttendeeMap'

/**
 * The attendees of a meeting in list order. Malformed fields are repaired with their defaults;
 * entries that are not maps, have no valid id, or repeat an id already seen are skipped.
 */
export function readAttendees(doc: Y.Doc): Attendee[] {
  const seen = new Set<string>()
  const result: Attendee[] = []
  for (const entry of attendeesArray(doc)) {
    const person = readAttendeeMap(entry)
    if (!person || seen.has(person.id)) continue
    seen.add(person.id)
    result.push(person)
  }
  return result
}
