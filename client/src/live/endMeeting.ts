import { writeMeta } from '@referat/shared'
import type * as Y from 'yjs'
import { setCurrentItem } from './setCurrentItem'

/** Ends the meeting: the current item's time is recorded, no item is current, the status is draft. */
export function endMeeting(doc: Y.Doc, now = new Date()): void {
  doc.transact(() => {
    setCurrentItem(doc, null, now)
    writeMeta(doc, { status: 'draft' })
  })
}
