import * as Y from 'yjs'
import { attendee } from '../attendee'
import { newId } from '../newId'
import type { AttendeeFields } from './AttendeeFields'
import { attendeesArray } from './attendeesArray'

/**
 * Appends people to the attendee list in one transaction, each with every field filled (missing
 * or invalid fields get their defaults) and a new id, unless it brings a valid one of its own (an
 * imported meeting whose body refers to its attendees by id). Returns the ids in order.
 */
export function addAttendees(
  doc: Y.Doc,
  partials: readonly (AttendeeFields & { id?: string })[],
  origin?: unknown,
): string[] {
  const maps = partials.map((fields) => {
    const defaults = attendee.parse({ id: newId(), name: '' })
    const map = new Y.Map<unknown>()
    for (const [key, fallback] of Object.entries(defaults)) {
      const field = attendee.shape[key as keyof typeof defaults]
      const given: unknown = fields[key as keyof typeof fields]
      const parsed = field.safeParse(given)
      map.set(key, parsed.success && given !== undefined ? parsed.data : fallback)
    }
    return map
  })
  if (maps.length === 0) return []
  doc.transact(() => attendeesArray(doc).push(maps), origin)
  return maps.map((map) => map.get('id') as string)
}
