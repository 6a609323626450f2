import { afterNextPaint } from '../editor/afterNextPaint'

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

/**
 * `type`, whose deep changes reach a listener once after the browser's next paint (many changes
 * in one frame, one call): for stores of the whole body, whose reading would otherwise stand
 * between every keystroke and its paint.
 */
export function observedAfterPaint(type: DeepObservable): DeepObservable {
  const wrapped = new Map<() => void, { onChange: () => void; cancel: () => void }>()
  return {
    observeDeep(listener) {
      let cancel: (() => void) | null = null
      const entry = {
        onChange: () => {
          cancel ??= afterNextPaint(() => {
            cancel = null
            listener()
          })
        },
        cancel: () => cancel?.(),
      }
      wrapped.set(listener, entry)
      type.observeDeep(entry.onChange)
    },
    unobserveDeep(listener) {
      const entry = wrapped.get(listener)
      if (!entry) return
      wrapped.delete(listener)
      entry.cancel()
      type.unobserveDeep(entry.onChange)
    },
  }
}
