import * as Y from 'yjs'
import { attendee } from '../attendee'
import { newId } from '../newId'
import type { AttendeeFields } from './AttendeeFields'
import { attendeesArray } from './attendeesArray'

/**
 * Appends people to the attendee list in one transaction, each with a new id and every field
 * filled (missing or invalid fields get their defaults). Returns the new ids in order.
 */
export function addAttendees(
  doc: Y.Doc,
  partials: readonly AttendeeFields[],
  origin?: unknown,
): string[] {
  const maps = partials.map((fields) => {
    const defaults = attendee.parse({ id: newId(), name: '' })
    const map = new Y.Map<unknown>()
    for (const [key, fallback] of Object.entries(defaults)) {
      const field = attendee.shape[key as keyof typeof defaults]
      const given: unknown = fields[key as keyof AttendeeFields]
      const parsed = key === 'id' ? undefined : field.safeParse(given)
      map.set(key, parsed?.success && given !== undefined ? parsed.data : fallback)
    }
    return map
  })
  if (maps.length === 0) return []
  doc.transact(() => attendeesArray(doc).push(maps), origin)
  return maps.map((map) => map.get('id') as string)
}
