import { DocLayout, readAttendees, type Attendee } from '@referat/shared'
import { useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import { createObservedStore, type ObservedStore } from './createObservedStore'

const NONE: Attendee[] = []
const NO_DOC: ObservedStore<Attendee[]> = { get: () => NONE, subscribe: () => () => {} }

/** The attendees of a meeting, live: re-renders when anyone changes the list. */
export function useAttendees(doc: Y.Doc | null): Attendee[] {
  const store = useMemo(
    () =>
      doc
        ? createObservedStore(doc.getArray<unknown>(DocLayout.attendees), () => readAttendees(doc))
        : NO_DOC,
    [doc],
  )
  return useSyncExternalStore(store.subscribe, store.get)
}
