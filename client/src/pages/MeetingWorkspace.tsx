import { useEffect, useState } from 'react'
import type { MeetingWithRole } from '@referat/shared'
import { MeetingConnection } from '../collab/MeetingConnection'
import { useValueStore } from '../collab/useValueStore'
import { FatalMessage } from '../components/FatalMessage'
import { FullPageMessage } from '../components/FullPageMessage'
import { useI18n } from '../i18n/useI18n'
import { MeetingScreen } from './MeetingScreen'

interface MeetingWorkspaceProps {
  meeting: MeetingWithRole
  token: string
}

/**
 * Opens the meeting's live document and shows it once it has content (from the server, or
 * from this computer when offline), or why it cannot be shown.
 */
export function MeetingWorkspace({ meeting, token }: MeetingWorkspaceProps) {
  const [connection, setConnection] = useState<MeetingConnection | null>(null)

  useEffect(() => {
    const opened = new MeetingConnection({ meetingId: meeting.id, token })
    // Show the connection once it has something to say: content, a refusal, or a state change.
    const show = () => setConnection(opened)
    const unsubscribe = [
      opened.ready.subscribe(show),
      opened.fatal.subscribe(show),
      opened.connection.subscribe(show),
    ]
    return () => {
      unsubscribe.forEach((stop) => stop())
      opened.destroy()
    }
  }, [meeting.id, token])

  if (!connection || connection.destroyed) return <Loading />
  return <ConnectionView connection={connection} meeting={meeting} />
}

function ConnectionView({
  connection,
  meeting,
}: {
  connection: MeetingConnection
  meeting: MeetingWithRole
}) {
  const fatal = useValueStore(connection.fatal)
  const ready = useValueStore(connection.ready)
  const state = useValueStore(connection.connection)
  if (fatal) return <FatalMessage error={fatal} />
  if (!ready) return <Loading offline={state === 'offline'} />
  return <MeetingScreen connection={connection} meeting={meeting} />
}

function Loading({ offline = false }: { offline?: boolean }) {
  const { t } = useI18n()
  if (offline) {
    return (
      <FullPageMessage title={t.errOfflineFirstTitle} tone="error" testId="meeting-unreachable">
        <p>{t.errOfflineFirstBody}</p>
        <p className="muted" role="status">
          {t.connReconnecting}
        </p>
      </FullPageMessage>
    )
  }
  return (
    <FullPageMessage title={t.loadingMeeting}>
      <p className="muted" role="status">
        {t.connConnecting}
      </p>
    </FullPageMessage>
  )
}
