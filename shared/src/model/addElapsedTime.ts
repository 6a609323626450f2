import { DocLayout } from './docLayout'
import { readMeta } from './readMeta'
import type * as Y from 'yjs'

/**
 * Adds the time since the current item became current to that item's total in `itemTimes`.
 * Call it inside the transaction that makes another item current (or none).
 */
export function addElapsedTime(doc: Y.Doc, now: Date): void {
  const { currentItemId, currentItemSince } = readMeta(doc)
  if (!currentItemId || !currentItemSince) return
  const since = Date.parse(currentItemSince)
  if (Number.isNaN(since)) return
  const times = doc.getMap<unknown>(DocLayout.itemTimes)
  const before = times.get(currentItemId)
  const total = typeof before === 'number' && Number.isFinite(before) ? before : 0
  times.set(currentItemId, total + Math.max(0, now.getTime() - since))
}
