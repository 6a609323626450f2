import type { LiveState } from './LiveState'

/**
 * Milliseconds spent on an agenda item: its recorded total plus, while it is the current item,
 * the time since it became current.
 */
export function spentMs(live: LiveState, itemId: string, now: number): number {
  const recorded = live.itemTimes[itemId] ?? 0
  if (live.currentItemId !== itemId || !live.currentItemSince) return recorded
  const since = Date.parse(live.currentItemSince)
  return Number.isNaN(since) ? recorded : recorded + Math.max(0, now - since)
}
