import {
  MEETING_STATUSES,
  type CreateMeetingResponse,
  type MeetingStatus,
  type MeetingSummary,
  type MeetingTemplate,
  type OpenActionItem,
} from '@referat/shared'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { ApiRequestError } from '../api/ApiRequestError'
import { listMeetings } from '../api/listMeetings'
import { listOpenActionItems } from '../api/listOpenActionItems'
import { deleteTemplate, listTemplates, saveTemplate } from '../api/templates'
import { readTokenFromUrl } from '../browser/readTokenFromUrl'
import { removeTokenFromUrl } from '../browser/removeTokenFromUrl'
import { AppHeader } from '../components/AppHeader'
import { FullPageMessage } from '../components/FullPageMessage'
import { ImportMeeting } from '../components/ImportMeeting'
import { MeetingLinks } from '../components/MeetingLinks'
import { MeetingList } from '../components/MeetingList'
import { NewMeetingForm } from '../components/NewMeetingForm'
import { filterMeetings, groupNames } from '../components/groupMeetings'
import { useI18n } from '../i18n/useI18n'
import type { Messages } from '../i18n/nb'
import { settings } from '../state/settings'
import { useDebouncedValue } from '../state/useDebouncedValue'

const SEARCH_DELAY_MS = 300

const statusLabel = (status: MeetingStatus, t: Messages) =>
  ({
    planned: t.statusPlanned,
    live: t.statusLive,
    draft: t.statusDraft,
    final: t.statusFinal,
  })[status]

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
  const searchId = useId()
  const statusId = useId()
  const groupId = useId()
  const [query, setQuery] = useState('')
  const [status, setStatus] = useState<MeetingStatus | ''>('')
  const [group, setGroup] = useState('')
  const q = useDebouncedValue(query, SEARCH_DELAY_MS).trim()
  // Ids of the meetings whose text matches `q` (the server searches the whole referat).
  const [found, setFound] = useState<{ q: string; ids: Set<string> } | null>(null)
  const [actionItems, setActionItems] = useState<OpenActionItem[]>([])
  const [templates, setTemplates] = useState<MeetingTemplate[]>([])
  const [templatesVersion, setTemplatesVersion] = useState(0)

  useEffect(() => {
    if (!token) return
    const abort = new AbortController()
    listTemplates(token, abort.signal).then(setTemplates, () => {})
    return () => abort.abort()
  }, [token, templatesVersion])

  const onSaveTemplate = useCallback(
    async (meeting: MeetingSummary) => {
      if (!token) throw new Error('no token')
      const saved = await saveTemplate(token, meeting.id, meeting.title)
      setTemplatesVersion((n) => n + 1)
      return saved.name
    },
    [token],
  )
  const onDeleteTemplate = useCallback(
    (template: MeetingTemplate) => {
      if (!token) return
      deleteTemplate(token, template.id).then(
        () => setTemplatesVersion((n) => n + 1),
        () => {},
      )
    },
    [token],
  )

  useEffect(() => {
    if (!token) return
    const abort = new AbortController()
    listOpenActionItems(token, abort.signal).then(setActionItems, () => {})
    return () => abort.abort()
  }, [token, reload])

  useEffect(() => {
    if (!token || !q) return
    const abort = new AbortController()
    listMeetings(token, abort.signal, q).then(
      (meetings) => setFound({ q, ids: new Set(meetings.map((meeting) => meeting.id)) }),
      () => {},
    )
    return () => abort.abort()
  }, [token, q, reload])

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

  const all = list.status === 'loaded' ? list.meetings : null
  const groups = useMemo(() => groupNames(all ?? []), [all])
  const searched = !q ? all : found?.q === q ? all?.filter((m) => found.ids.has(m.id)) : null
  const shown = searched ? filterMeetings(searched, { status, group }) : null
  const filtered = q !== '' || status !== '' || group !== ''

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
          {all && all.length > 0 && (
            <form
              className="meeting-filters"
              role="search"
              onSubmit={(event) => event.preventDefault()}
            >
              <div className="field meeting-search">
                <label htmlFor={searchId}>{t.meetingsSearchLabel}</label>
                <input
                  id={searchId}
                  type="search"
                  value={query}
                  maxLength={200}
                  placeholder={t.meetingsSearchPlaceholder}
                  autoComplete="off"
                  data-testid="meeting-search"
                  onChange={(event) => setQuery(event.target.value)}
                />
              </div>
              <div className="field">
                <label htmlFor={statusId}>{t.meetingsStatusFilter}</label>
                <select
                  id={statusId}
                  value={status}
                  data-testid="meeting-status-filter"
                  onChange={(event) => setStatus(event.target.value as MeetingStatus | '')}
                >
                  <option value="">{t.meetingsAnyStatus}</option>
                  {MEETING_STATUSES.map((value) => (
                    <option key={value} value={value}>
                      {statusLabel(value, t)}
                    </option>
                  ))}
                </select>
              </div>
              {groups.length > 0 && (
                <div className="field">
                  <label htmlFor={groupId}>{t.meetingsGroupFilter}</label>
                  <select
                    id={groupId}
                    value={group}
                    data-testid="meeting-group-filter"
                    onChange={(event) => setGroup(event.target.value)}
                  >
                    <option value="">{t.meetingsAnyGroup}</option>
                    {groups.map((name) => (
                      <option key={name} value={name}>
                        {name}
                      </option>
                    ))}
                  </select>
                </div>
              )}
            </form>
          )}
          {all && all.length > 0 && (
            <p className="muted meeting-count" role="status" data-testid="meeting-count">
              {shown ? t.meetingsShown(shown.length, all.length) : t.loading}
            </p>
          )}
          {all && shown && (
            <MeetingList
              meetings={shown}
              token={token}
              filtered={filtered}
              actionItems={actionItems}
              onSaveTemplate={onSaveTemplate}
            />
          )}
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
                <NewMeetingForm
                  token={token}
                  onCreated={onCreated}
                  templates={templates}
                  onDeleteTemplate={onDeleteTemplate}
                />
              </div>
              <ImportMeeting token={token} onCreated={onCreated} />
            </>
          )}
        </aside>
      </main>
    </div>
  )
}
