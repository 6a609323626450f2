import type { CreateMeetingResponse, MeetingSummary } from '@referat/shared'
import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiRequestError } from '../api/ApiRequestError'
import { listMeetings } from '../api/listMeetings'
import { readTokenFromUrl } from '../browser/readTokenFromUrl'
import { removeTokenFromUrl } from '../browser/removeTokenFromUrl'
import { AppHeader } from '../components/AppHeader'
import { FullPageMessage } from '../components/FullPageMessage'
import { ImportMeeting } from '../components/ImportMeeting'
import { MeetingLinks } from '../components/MeetingLinks'
import { MeetingList } from '../components/MeetingList'
import { NewMeetingForm } from '../components/NewMeetingForm'
import { useI18n } from '../i18n/useI18n'
import { settings } from '../state/settings'

type ListState =
  | { status: 'loading' }
  | { status: 'loaded'; meetings: MeetingSummary[] }
  | { status: 'unauthorized' }
  | { status: 'failed'; message: string }

/** `/`: the organizer's page. Lists meetings, creates new ones and hands out their links. */
export function MeetingListPage() {
  const { t } = useI18n()
  const [token] = useState(() => readTokenFromUrl() ?? settings.organizerToken.get())
  const [list, setList] = useState<ListState>({ status: 'loading' })
  const [reload, setReload] = useState(0)
  const [created, setCreated] = useState<{ response: CreateMeetingResponse; title: string } | null>(
    null,
  )

  useEffect(() => {
    if (!token) return
    settings.organizerToken.set(token)
    removeTokenFromUrl()
  }, [token])

  useEffect(() => {
    if (!token) return
    const abort = new AbortController()
    listMeetings(token, abort.signal).then(
      (meetings) => setList({ status: 'loaded', meetings }),
      (error: unknown) => {
        if (abort.signal.aborted) return
        if (error instanceof ApiRequestError && (error.status === 401 || error.status === 403)) {
          setList({ status: 'unauthorized' })
        } else {
          setList({ status: 'failed', message: error instanceof Error ? error.message : '' })
        }
      },
    )
    return () => abort.abort()
  }, [token, reload])

  const createdHeading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (created) createdHeading.current?.focus()
  }, [created])

  const onCreated = useCallback((response: CreateMeetingResponse, title: string) => {
    setCreated({ response, title })
    setReload((n) => n + 1)
  }, [])

  if (!token) {
    return (
      <FullPageMessage title={t.noTokenTitle} testId="no-token">
        <p>{t.noTokenBody}</p>
        <p className="muted">{t.noTokenMeetingHint}</p>
      </FullPageMessage>
    )
  }
  if (list.status === 'unauthorized') {
    return (
      <FullPageMessage title={t.organizerTokenInvalidTitle} tone="error" testId="token-invalid">
        <p>{t.organizerTokenInvalidBody}</p>
      </FullPageMessage>
    )
  }

  return (
    <div className="app">
      <AppHeader>
        <a className="button button-quiet button-small" href="/decisions">
          {t.decisionRegister}
        </a>
      </AppHeader>
      <main id="content" className="list-page">
        <section className="list-column" aria-labelledby="meetings-heading">
          <h1 id="meetings-heading">{t.meetingsHeading}</h1>
          {list.status === 'loading' && <p className="muted">{t.loading}</p>}
          {list.status === 'failed' && (
            <div className="notice notice-error" role="alert">
              <p>{t.meetingsLoadFailed}</p>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  setList({ status: 'loading' })
                  setReload((n) => n + 1)
                }}
              >
                {t.retry}
              </button>
            </div>
          )}
          {list.status === 'loaded' && <MeetingList meetings={list.meetings} token={token} />}
        </section>
        <aside className="form-column">
          {created ? (
            <section className="card created-card" aria-labelledby="created-heading">
              <h2 id="created-heading" ref={createdHeading} tabIndex={-1}>
                {t.meetingCreated}
              </h2>
              <p className="created-title">{created.title}</p>
              <MeetingLinks links={created.response.links} title={created.title} />
              <button
                type="button"
                className="button button-secondary"
                onClick={() => setCreated(null)}
              >
                {t.createAnother}
              </button>
            </section>
          ) : (
            <>
              <div className="card">
                <NewMeetingForm token={token} onCreated={onCreated} />
              </div>
              <ImportMeeting token={token} onCreated={onCreated} />
            </>
          )}
        </aside>
      </main>
    </div>
  )
}
