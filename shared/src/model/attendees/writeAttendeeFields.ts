import type * as Y from 'yjs'
import { attendee } from '../attendee'
import type { AttendeeFields } from './AttendeeFields'

/**
 * Writes valid fields into an attendee's Y.Map; invalid values and unchanged values are left
 * alone. Call inside a transaction.
 */
export function writeAttendeeFields(map: Y.Map<unknown>, fields: AttendeeFields): void {
  const shape = attendee.shape
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'id' || value === undefined || !(key in shape)) continue
    const parsed = shape[key as keyof typeof shape].safeParse(value)
    if (!parsed.success) continue
    if (JSON.stringify(map.get(key)) !== JSON.stringify(parsed.data)) map.set(key, parsed.data)
  }
}
