import type * as Y from 'yjs'
import { meetingMeta, type MeetingMeta } from '../protocol/meetingMeta'
import { DocLayout } from './docLayout'

const FALLBACK: MeetingMeta = meetingMeta.parse({ title: 'Uten tittel', date: '1970-01-01' })

/**
 * The meeting header of a Y.Doc. Fields that are missing or hold a value of the wrong shape
 * (a buggy or hostile client can write anything into the map) fall back to their defaults.
 */
export function readMeta(doc: Y.Doc): MeetingMeta {
  const map = doc.getMap<unknown>(DocLayout.meta)
  const result = { ...FALLBACK }
  const shape = meetingMeta.shape
  for (const key of Object.keys(shape) as (keyof MeetingMeta)[]) {
    if (!map.has(key)) continue
    const parsed = shape[key].safeParse(map.get(key))
    if (parsed.success) (result as Record<string, unknown>)[key] = parsed.data
  }
  return result
}
