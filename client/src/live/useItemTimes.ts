import { DocLayout } from '@referat/shared'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { readItemTimes } from './readItemTimes'

/** The time spent per agenda item id (the doc's `itemTimes` map); re-renders as it changes. */
export function useItemTimes(doc: Y.Doc): Readonly<Record<string, number>> {
  const map = doc.getMap<unknown>(DocLayout.itemTimes)
  const [times, setTimes] = useState(() => readItemTimes(map))
  useEffect(() => {
    const update = () => setTimes(readItemTimes(map))
    update()
    map.observe(update)
    return () => map.unobserve(update)
  }, [map])
  return times
}
