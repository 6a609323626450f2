import { readMeta, writeMeta } from '@referat/shared'
import type * as Y from 'yjs'
import { addElapsedTime } from '@referat/shared'

/**
 * Makes an agenda item (by id) the current one, or none, in one transaction: the time spent on
 * the previous current item is added to its total first. Nothing changes when it already is.
 */
export function setCurrentItem(doc: Y.Doc, itemId: string | null, now = new Date()): void {
  if (readMeta(doc).currentItemId === itemId) return
  doc.transact(() => {
    addElapsedTime(doc, now)
    writeMeta(doc, { currentItemId: itemId, currentItemSince: itemId ? now.toISOString() : null })
  })
}
