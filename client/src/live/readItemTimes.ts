import type * as Y from 'yjs'

/** The time spent per agenda item id; entries that are not a count of milliseconds are left out. */
export function readItemTimes(map: Y.Map<unknown>): Record<string, number> {
  const times: Record<string, number> = {}
  map.forEach((value, key) => {
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) times[key] = value
  })
  return times
}
