import { readMeta, writeMeta } from '@referat/shared'
import type * as Y from 'yjs'
import { setCurrentItem } from './setCurrentItem'

/** Sets the meeting live and, when no item is current yet, makes the first agenda item current. */
export function startMeeting(doc: Y.Doc, firstItemId: string | null, now = new Date()): void {
  doc.transact(() => {
    writeMeta(doc, { status: 'live' })
    if (!readMeta(doc).currentItemId && firstItemId) setCurrentItem(doc, firstItemId, now)
  })
}
