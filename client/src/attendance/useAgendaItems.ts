import { DocLayout } from '@referat/shared'
import { useMemo, useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import type { AgendaItemOption } from './AgendaItemOption'
import { createObservedStore, observedAfterPaint } from './createObservedStore'
import { readAgendaItems } from './readAgendaItems'

/** The agenda items of a meeting (id, number, title), live as the minutes are edited. */
export function useAgendaItems(doc: Y.Doc): AgendaItemOption[] {
  const store = useMemo(
    () =>
      createObservedStore(observedAfterPaint(doc.getXmlFragment(DocLayout.body)), () =>
        readAgendaItems(doc),
      ),
    [doc],
  )
  return useSyncExternalStore(store.subscribe, store.get)
}
