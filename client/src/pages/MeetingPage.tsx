import { useEffect, useState } from 'react'
import { ApiRequestError } from '../api/ApiRequestError'
import { getMeeting } from '../api/getMeeting'
import { meetingWithRole, type MeetingWithRole } from '@referat/shared'
import { readTokenFromUrl } from '../browser/readTokenFromUrl'
import { removeTokenFromUrl } from '../browser/removeTokenFromUrl'
import type { FatalError } from '../collab/FatalError'
import { FatalMessage } from '../components/FatalMessage'
import { FullPageMessage } from '../components/FullPageMessage'
import { I18nProvider } from '../i18n/I18nProvider'
import { useI18n } from '../i18n/useI18n'
import { settings } from '../state/settings'
import { MeetingWorkspace } from './MeetingWorkspace'

type Access =
  | { status: 'loading' }
  | { status: 'ok'; meeting: MeetingWithRole }
  | { status: 'fatal'; error: FatalError }
  | { status: 'unreachable' }

const fatalForStatus = (status: number): FatalError | null =>
  status === 401
    ? 'unauthorized'
    : status === 403
      ? 'forbidden'
      : status === 404
        ? 'not-found'
        : null

/** The meeting as last fetched on this computer, so it opens without a network. */
const cachedMeeting = (meetingId: string): MeetingWithRole | null => {
  try {
    const parsed = meetingWithRole.safeParse(
      JSON.parse(settings.meetingCache(meetingId).get() ?? ''),
    )
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/**
 * `/m/:id?token=…`: finds out what the link's token allows, then opens the live minutes.
 * The token is remembered for the meeting and removed from the address bar.
 */
export function MeetingPage({ meetingId }: { meetingId: string }) {
  const { t } = useI18n()
  const [token] = useState(() => readTokenFromUrl() ?? settings.meetingToken(meetingId).get())
  const [access, setAccess] = useState<Access>({ status: 'loading' })
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    if (!token) return
    settings.meetingToken(meetingId).set(token)
    removeTokenFromUrl()
  }, [meetingId, token])

  useEffect(() => {
    if (!token) return
    const abort = new AbortController()
    getMeeting(meetingId, token, abort.signal).then(
      (meeting) => {
        settings.meetingCache(meetingId).set(JSON.stringify(meeting))
        setAccess({ status: 'ok', meeting })
      },
      (error: unknown) => {
        if (abort.signal.aborted) return
        const fatal = error instanceof ApiRequestError ? fatalForStatus(error.status) : null
        if (fatal) {
          setAccess({ status: 'fatal', error: fatal })
          return
        }
        const cached = cachedMeeting(meetingId)
        setAccess(cached ? { status: 'ok', meeting: cached } : { status: 'unreachable' })
      },
    )
    return () => abort.abort()
  }, [meetingId, token, attempt])

  if (!token) {
    return (
      <FullPageMessage title={t.errLinkInvalidTitle} tone="error" testId="meeting-error">
        <p>{t.errNoMeetingToken}</p>
      </FullPageMessage>
    )
  }
  switch (access.status) {
    case 'loading':
      return (
        <FullPageMessage title={t.loadingMeeting}>
          <p className="muted" role="status">
            {t.loading}
          </p>
        </FullPageMessage>
      )
    case 'fatal':
      return <FatalMessage error={access.error} />
    case 'unreachable':
      return (
        <FullPageMessage title={t.errOfflineFirstTitle} tone="error" testId="meeting-unreachable">
          <p>{t.errOfflineFirstBody}</p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              setAccess({ status: 'loading' })
              setAttempt((n) => n + 1)
            }}
          >
            {t.retry}
          </button>
        </FullPageMessage>
      )
    case 'ok':
      return (
        <I18nProvider documentLanguage={access.meeting.language}>
          <MeetingWorkspace meeting={access.meeting} token={token} />
        </I18nProvider>
      )
  }
}
