import { runsMeeting } from '@referat/shared'
import type { MeetingWithRole } from '@referat/shared'
import { useState } from 'react'
import { ApiRequestError } from '../api/ApiRequestError'
import { finalizeMeeting } from '../api/finalizeMeeting'
import { reopenMeeting } from '../api/reopenMeeting'
import type { MeetingConnection } from '../collab/MeetingConnection'
import { useValueStore } from '../collab/useValueStore'
import { useI18n } from '../i18n/useI18n'
import { settings } from '../state/settings'
import { useLocalSetting } from '../state/useLocalSetting'
import { ConfirmDialog } from './ConfirmDialog'
import { ExportMenu } from './ExportMenu'
import { Icon } from './Icon'
import { NextMeetingDialog } from './NextMeetingDialog'
import { StatusBadge } from './StatusBadge'
import { VersionsList } from './VersionsList'

interface LifecycleBarProps {
  connection: MeetingConnection
  meeting: MeetingWithRole
}

/**
 * Where the minutes stand (draft, final as version N) and, for the moderator, what comes next:
 * finalize, reopen, and the next meeting of the series. Everyone can open earlier versions.
 */
export function LifecycleBar({ connection, meeting }: LifecycleBarProps) {
  const { t } = useI18n()
  const { meta } = useValueStore(connection.meta)
  const token = useLocalSetting(settings.meetingToken(meeting.id)) ?? ''
  const decides = runsMeeting(meeting.role)
  const final = meta.status === 'final'
  const [confirming, setConfirming] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [showVersions, setShowVersions] = useState(false)
  const [planningNext, setPlanningNext] = useState(false)

  const run = (action: () => Promise<unknown>) => {
    setBusy(true)
    setError(null)
    action()
      .catch((cause: unknown) => {
        setError(
          cause instanceof ApiRequestError && cause.status === 0
            ? t.errNetwork
            : t.lifecycleFailed(cause instanceof Error ? cause.message : String(cause)),
        )
      })
      .finally(() => setBusy(false))
  }

  return (
    <section
      className={`lifecycle-bar${final ? ' is-final' : ''}`}
      data-testid="lifecycle-bar"
      data-status={meta.status}
      aria-label={t.lifecycleLabel}
    >
      <div className="lifecycle-row">
        <StatusBadge status={meta.status} />
        {final && (
          <p className="final-banner" data-testid="final-banner" role="status">
            <Icon name="lock" size={16} />
            {t.lifecycleFinalBanner(meta.version)}
          </p>
        )}
        <span className="lifecycle-spacer" />
        <button
          type="button"
          className="button button-quiet button-small"
          aria-expanded={showVersions}
          onClick={() => setShowVersions((shown) => !shown)}
          data-testid="btn-versions"
        >
          {t.versionsButton}
        </button>
        <ExportMenu meetingId={meeting.id} token={token} />
        {decides && (
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => setPlanningNext(true)}
            data-testid="btn-next-meeting"
          >
            {t.nextMeeting}
          </button>
        )}
        {decides && !final && (
          <button
            type="button"
            className="button button-primary button-small"
            disabled={busy}
            onClick={() => setConfirming(true)}
            data-testid="btn-finalize"
          >
            {t.lifecycleFinalize}
          </button>
        )}
        {decides && final && (
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={busy}
            onClick={() => run(() => reopenMeeting(meeting.id, token))}
            data-testid="btn-reopen"
          >
            {t.lifecycleReopen}
          </button>
        )}
      </div>
      {error && (
        <p className="notice notice-error" role="alert" data-testid="lifecycle-error">
          {error}
        </p>
      )}
      {showVersions && (
        <VersionsList meetingId={meeting.id} token={token} currentVersion={meta.version} />
      )}
      {confirming && (
        <ConfirmDialog
          title={t.lifecycleFinalize}
          body={t.lifecycleFinalizeConfirm}
          confirmLabel={t.lifecycleFinalizeYes}
          testId="finalize-dialog"
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false)
            run(() => finalizeMeeting(meeting.id, token))
          }}
        />
      )}
      {planningNext && (
        <NextMeetingDialog
          meetingId={meeting.id}
          token={token}
          meta={meta}
          onClose={() => setPlanningNext(false)}
        />
      )}
    </section>
  )
}
