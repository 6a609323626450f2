import type * as Y from 'yjs'
import type { AttendeeFields } from './AttendeeFields'
import { findAttendeeMap } from './findAttendeeMap'
import { writeAttendeeFields } from './writeAttendeeFields'

/**
 * Changes fields of one attendee in one transaction; invalid values are ignored. Returns
 * `false` when no attendee has this id.
 */
export function updateAttendee(
  doc: Y.Doc,
  id: string,
  fields: AttendeeFields,
  origin?: unknown,
): boolean {
  const found = findAttendeeMap(doc, id)
  if (!found) return false
  doc.transact(() => writeAttendeeFields(found.map, fields), origin)
  return true
}
