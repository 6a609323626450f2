import { useSyncExternalStore } from 'react'
import type { ValueStore } from './createValueStore'

/** The current value of a store; re-renders when it changes. */
export function useValueStore<T>(store: ValueStore<T>): T {
  return useSyncExternalStore(store.subscribe, store.get)
}
