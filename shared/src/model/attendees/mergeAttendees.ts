import * as Y from 'yjs'
import type { Attendee } from '../attendee'
import type { AttendeeFields } from './AttendeeFields'
import { attendeesArray } from './attendeesArray'
import { readAttendeeMap } from './readAttendeeMap'
import { readAttendees } from './readAttendees'
import { writeAttendeeFields } from './writeAttendeeFields'

/** The fields merging takes from `other` where `kept` holds only an empty or default value. */
function fill(kept: Attendee, other: Attendee): AttendeeFields {
  const fields: AttendeeFields = {}
  if (!kept.name && other.name) fields.name = other.name
  if (!kept.organisation && other.organisation) fields.organisation = other.organisation
  if (kept.role === 'member' && other.role !== 'member') fields.role = other.role
  if (kept.presence === 'unknown') fields.presence = other.presence
  if (!kept.substituteFor) fields.substituteFor = other.substituteFor
  if (!kept.arrivedAt) fields.arrivedAt = other.arrivedAt
  if (!kept.leftAt) fields.leftAt = other.leftAt
  fields.conflicts = [...new Set([...kept.conflicts, ...other.conflicts])]
  return fields
}

/**
 * Merges people listed more than once into one, in one transaction: the kept attendee's empty
 * or default fields are filled from the others (in the order given), conflicts are united,
 * "substitute for" references to the dropped ids are pointed at the kept one, and the dropped
 * attendees are removed. Returns `false` when `keepId` is not in the list.
 */
export function mergeAttendees(
  doc: Y.Doc,
  keepId: string,
  dropIds: readonly string[],
  origin?: unknown,
): boolean {
  const drop = new Set(dropIds.filter((id) => id !== keepId))
  const array = attendeesArray(doc)
  const keepMap = array.toArray().find((entry) => readAttendeeMap(entry)?.id === keepId)
  if (!(keepMap instanceof Y.Map)) return false
  doc.transact(() => {
    for (const other of readAttendees(doc)) {
      if (!drop.has(other.id)) continue
      const kept = readAttendeeMap(keepMap)
      if (kept) writeAttendeeFields(keepMap, fill(kept, other))
    }
    array.forEach((entry) => {
      if (entry instanceof Y.Map && drop.has(entry.get('substituteFor') as string)) {
        entry.set('substituteFor', keepId)
      }
    })
    for (let index = array.length - 1; index >= 0; index--) {
      const entry = array.get(index)
      if (entry instanceof Y.Map && drop.has(entry.get('id') as string)) array.delete(index, 1)
    }
  }, origin)
  return true
}
