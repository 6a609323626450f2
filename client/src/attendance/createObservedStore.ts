/** What a store needs of a Y type: a Y.Array, Y.Map or Y.XmlFragment has it. */
export interface DeepObservable {
  observeDeep(listener: () => void): void
  unobserveDeep(listener: () => void): void
}

/** A snapshot of Y.Doc data that React can read with `useSyncExternalStore`. */
export interface ObservedStore<T> {
  get(): T
  subscribe(listener: () => void): () => void
}

/**
 * A store of `read()`, refreshed whenever anything inside `type` changes (deep observer,
 * attached only while someone subscribes). A refreshed value equal to the previous one by
 * `equal` keeps the previous object, so React does not re-render for nothing.
 */
export function createObservedStore<T>(
  type: DeepObservable,
  read: () => T,
  equal: (a: T, b: T) => boolean = (a, b) => JSON.stringify(a) === JSON.stringify(b),
): ObservedStore<T> {
  let value = read()
  const listeners = new Set<() => void>()
  const refresh = () => {
    const next = read()
    if (equal(value, next)) return
    value = next
    listeners.forEach((listener) => listener())
  }
  return {
    get: () => value,
    subscribe(listener) {
      if (listeners.size === 0) {
        type.observeDeep(refresh)
        refresh()
      }
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) type.unobserveDeep(refresh)
      }
    },
  }
}
