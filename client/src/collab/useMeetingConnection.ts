import { useCallback, useEffect, useRef, useState } from 'react'
import { dropLocalCopy } from './dropLocalCopy'
import { MeetingConnection } from './MeetingConnection'
import { rejectionResponse } from './rejectionResponse'

export interface MeetingConnectionHandle {
  /** The open connection once it has something to show; null while (re)opening. */
  connection: MeetingConnection | null
  /** Why the server rejected a change of ours, after the meeting was loaded again. */
  rejectedNotice: string | null
  dismissRejectedNotice: () => void
  /** Set when the server kept rejecting right after a reload: reloading again would loop. */
  rejectedForGood: string | null
}

/**
 * Opens the meeting's live document. When the server rejects one of our updates (close 4409),
 * the local copy is dropped and the meeting opened afresh, once; a second rejection within a few
 * seconds is shown as an error instead.
 */
export function useMeetingConnection(meetingId: string, token: string): MeetingConnectionHandle {
  const [connection, setConnection] = useState<MeetingConnection | null>(null)
  const [generation, setGeneration] = useState(0)
  const [rejectedNotice, setRejectedNotice] = useState<string | null>(null)
  const [rejectedForGood, setRejectedForGood] = useState<string | null>(null)
  const lastReloadAt = useRef<number | null>(null)

  useEffect(() => {
    const opened = new MeetingConnection({ meetingId, token })
    let active = true
    // Show the connection once it has something to say: content, a refusal, or a state change.
    const show = () => {
      if (active) setConnection(opened)
    }
    const onRejection = () => {
      const reason = opened.rejection.get()
      if (reason === null || !active) return
      active = false
      const now = Date.now()
      const response = rejectionResponse(lastReloadAt.current, now)
      lastReloadAt.current = now
      setConnection(null)
      void dropLocalCopy(opened).then(() => {
        if (response === 'fail') {
          setRejectedForGood(reason)
          return
        }
        setRejectedNotice(reason)
        setGeneration((n) => n + 1)
      })
    }
    const unsubscribe = [
      opened.ready.subscribe(show),
      opened.fatal.subscribe(show),
      opened.connection.subscribe(show),
      opened.rejection.subscribe(onRejection),
    ]
    return () => {
      unsubscribe.forEach((stop) => stop())
      if (active) opened.destroy()
      active = false
    }
  }, [meetingId, token, generation])

  const dismissRejectedNotice = useCallback(() => setRejectedNotice(null), [])
  return { connection, rejectedNotice, dismissRejectedNotice, rejectedForGood }
}
