import { useEffect, useRef, useState } from 'react'

/**
 * What a polite live region should say when the current agenda item changes ("Gjeldende sak er
 * nå 2. Budsjett"): `say(item)` for each new item after the first render, so opening a meeting
 * that is already running announces nothing.
 */
export function useAnnouncedItem(item: string | null, say: (item: string) => string): string {
  const [message, setMessage] = useState('')
  const previous = useRef<string | null | undefined>(undefined)
  useEffect(() => {
    const first = previous.current === undefined
    const changed = previous.current !== item
    previous.current = item
    if (!first && changed && item) setMessage(say(item))
  }, [item, say])
  return message
}
