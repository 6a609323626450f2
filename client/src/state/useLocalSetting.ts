import { useSyncExternalStore } from 'react'
import type { LocalSetting } from './createLocalSetting'

/** The current value of a local setting; re-renders when it changes. */
export function useLocalSetting(setting: LocalSetting): string | null {
  return useSyncExternalStore(setting.subscribe, setting.get)
}
