import type { MeetingConnection } from '../collab/MeetingConnection'
import { useValueStore } from '../collab/useValueStore'
import { useMemo } from 'react'
import type { LiveState } from './LiveState'
import { useItemTimes } from './useItemTimes'

/** The live meeting state of a connection's Y.Doc, as the editor and the live bar use it. */
export function useLiveState(connection: MeetingConnection, moderates: boolean): LiveState {
  const { meta } = useValueStore(connection.meta)
  const itemTimes = useItemTimes(connection.doc)
  const { status, currentItemId, currentItemSince } = meta
  return useMemo(
    () => ({ status, currentItemId, currentItemSince, itemTimes, canModerate: moderates }),
    [status, currentItemId, currentItemSince, itemTimes, moderates],
  )
}
