import { DocLayout, itemEdit, type ItemEdit } from '@referat/shared'
import { useCallback, useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'

/** Who last edited the agenda item `itemId` (as the server records it), or null. */
export function useItemEdit(doc: Y.Doc | null, itemId: string | null): ItemEdit | null {
  const map = useMemo(() => doc?.getMap<unknown>(DocLayout.lastEdited) ?? null, [doc])
  const subscribe = useCallback(
    (listener: () => void) => {
      if (!map) return () => {}
      const onChange = (event: Y.YMapEvent<unknown>) => {
        if (itemId && event.keysChanged.has(itemId)) listener()
      }
      map.observe(onChange)
      return () => map.unobserve(onChange)
    },
    [map, itemId],
  )
  // Y.Map returns the stored object itself, so the snapshot is stable until it changes.
  const raw = useSyncExternalStore(subscribe, () => (map && itemId ? map.get(itemId) : undefined))
  return useMemo(() => {
    const parsed = itemEdit.safeParse(raw)
    return parsed.success ? parsed.data : null
  }, [raw])
}
