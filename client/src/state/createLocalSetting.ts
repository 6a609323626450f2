/** One string value kept in localStorage that React can subscribe to. */
export interface LocalSetting {
  get(): string | null
  set(value: string | null): void
  subscribe(listener: () => void): () => void
}

/**
 * A setting stored under `key` in localStorage. Changes made in this tab and in other tabs
 * (the `storage` event) notify subscribers. Storage that throws (private mode, quota) is
 * treated as empty, and values are still kept in memory for this page.
 */
export function createLocalSetting(key: string): LocalSetting {
  const listeners = new Set<() => void>()
  let memory: string | null = null

  const read = (): string | null => {
    try {
      return window.localStorage.getItem(key) ?? memory
    } catch {
      return memory
    }
  }

  const onStorage = (event: StorageEvent) => {
    if (event.key === key) listeners.forEach((listener) => listener())
  }

  return {
    get: read,
    set(value) {
      memory = value
      try {
        if (value === null) window.localStorage.removeItem(key)
        else window.localStorage.setItem(key, value)
      } catch {
        // Keep the in-memory value only.
      }
      listeners.forEach((listener) => listener())
    },
    subscribe(listener) {
      if (listeners.size === 0) window.addEventListener('storage', onStorage)
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0) window.removeEventListener('storage', onStorage)
      }
    },
  }
}
