import * as Y from 'yjs'
import { attendeesArray } from './attendeesArray'

/** The Y.Map of the attendee with this id and its index in the array, or `null`. */
export function findAttendeeMap(
  doc: Y.Doc,
  id: string,
): { map: Y.Map<unknown>; index: number } | null {
  let index = 0
  for (const entry of attendeesArray(doc)) {
    if (entry instanceof Y.Map && entry.get('id') === id) return { map: entry, index }
    index++
  }
  return null
}
