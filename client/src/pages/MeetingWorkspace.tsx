import type { MeetingWithRole } from '@referat/shared'
import type { MeetingConnection } from '../collab/MeetingConnection'
import { useMeetingConnection } from '../collab/useMeetingConnection'
import { useValueStore } from '../collab/useValueStore'
import { FatalMessage } from '../components/FatalMessage'
import { FullPageMessage } from '../components/FullPageMessage'
import { RejectedNotice } from '../components/RejectedNotice'
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
  const { connection, rejectedNotice, dismissRejectedNotice, rejectedForGood } =
    useMeetingConnection(meeting.id, token)

  if (rejectedForGood) return <FatalMessage error="rejected" />
  if (!connection || connection.destroyed) return <Loading />
  return (
    <>
      {rejectedNotice && (
        <RejectedNotice reason={rejectedNotice} onDismiss={dismissRejectedNotice} />
      )}
      <ConnectionView connection={connection} meeting={meeting} />
    </>
  )
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
