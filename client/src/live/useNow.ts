import { useEffect, useState } from 'react'

/**
 * The current time (ms), refreshed every `intervalMs` and at once when `restartKey` changes;
 * frozen while `intervalMs` is null.
 */
export function useNow(intervalMs: number | null, restartKey?: unknown): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (intervalMs === null) return
    const tick = () => setNow(Date.now())
    const first = window.setTimeout(tick, 0)
    const timer = window.setInterval(tick, intervalMs)
    return () => {
      window.clearTimeout(first)
      window.clearInterval(timer)
    }
  }, [intervalMs, restartKey])
  return now
}
