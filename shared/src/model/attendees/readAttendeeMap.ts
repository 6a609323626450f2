import * as Y from 'yjs'
import { attendee, type Attendee } from '../attendee'

/**
 * One attendee from its Y.Map. Fields that are missing or malformed (any client can write
 * anything into the map) fall back to their defaults; without a usable id the entry cannot be
 * addressed, so it gives `null`.
 */
export function readAttendeeMap(entry: unknown): Attendee | null {
  if (!(entry instanceof Y.Map)) return null
  const id = attendee.shape.id.safeParse(entry.get('id'))
  if (!id.success) return null
  const result: Record<string, unknown> = { id: id.data }
  for (const [key, field] of Object.entries(attendee.shape)) {
    if (key === 'id') continue
    let value: unknown = entry.get(key)
    if (value instanceof Y.AbstractType) value = value.toJSON()
    const parsed = field.safeParse(value)
    result[key] = parsed.success ? parsed.data : field.safeParse(undefined).data
  }
  result.name ??= ''
  return attendee.parse(result)
}
