import { useEffect, useRef, useState } from 'react'
import type { Presence } from '../collab/Presence'
import { useI18n } from '../i18n/useI18n'

/** Those already there when the page opens are not announced; presence arrives within this. */
const SETTLE_MS = 2000

/**
 * What a screen reader should hear about others coming and going ("Kari Nordmann kom inn i
 * møtet"), for a polite live region: the latest change, after the first seconds on the page.
 */
export function usePresenceAnnouncement(people: readonly Presence[]): string {
  const { t } = useI18n()
  const [message, setMessage] = useState('')
  const known = useRef<Map<number, string> | null>(null)
  const settled = useRef(false)

  useEffect(() => {
    const timer = setTimeout(() => (settled.current = true), SETTLE_MS)
    return () => clearTimeout(timer)
  }, [])

  useEffect(() => {
    const now = new Map(
      people.filter((person) => !person.isSelf).map((person) => [person.clientId, person.name]),
    )
    const before = known.current
    known.current = now
    if (!before || !settled.current) return
    const joined = [...now].filter(([id]) => !before.has(id)).map(([, name]) => name)
    const left = [...before].filter(([id]) => !now.has(id)).map(([, name]) => name)
    const parts = [...joined.map(t.presenceJoined), ...left.map(t.presenceLeft)]
    if (parts.length > 0) setMessage(parts.join('. '))
  }, [people, t])

  return message
}
