import type * as Y from 'yjs'
import { attendeesArray } from './attendeesArray'
import { findAttendeeMap } from './findAttendeeMap'

/** Removes one attendee. Returns `false` when no attendee has this id. */
export function removeAttendee(doc: Y.Doc, id: string, origin?: unknown): boolean {
  const found = findAttendeeMap(doc, id)
  if (!found) return false
  doc.transact(() => attendeesArray(doc).delete(found.index, 1), origin)
  return true
}
