import type * as Y from 'yjs'
import type { MeetingMeta } from '../protocol/meetingMeta'
import { DocLayout } from './docLayout'

/** Sets fields of the meeting header in one transaction; unchanged values are not rewritten. */
export function writeMeta(doc: Y.Doc, fields: Partial<MeetingMeta>, origin?: unknown): void {
  const map = doc.getMap<unknown>(DocLayout.meta)
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined && map.get(key) !== value) map.set(key, value)
    }
  }, origin)
}
