import type { DecisionRegisterEntry, MeetingSummary } from '@referat/shared'
import { useEffect, useId, useMemo, useState } from 'react'
import { ApiRequestError } from '../api/ApiRequestError'
import { listDecisions } from '../api/listDecisions'
import { listMeetings } from '../api/listMeetings'
import { readTokenFromUrl } from '../browser/readTokenFromUrl'
import { removeTokenFromUrl } from '../browser/removeTokenFromUrl'
import { writeUrlParams } from '../browser/writeUrlParams'
import { AppHeader } from '../components/AppHeader'
import { DecisionTable } from '../components/DecisionTable'
import { FullPageMessage } from '../components/FullPageMessage'
import { useI18n } from '../i18n/useI18n'
import { settings } from '../state/settings'
import { useDebouncedValue } from '../state/useDebouncedValue'

type LoadState =
  | { status: 'loaded'; decisions: DecisionRegisterEntry[] }
  | { status: 'unauthorized' }
  | { status: 'failed' }

const SEARCH_DELAY_MS = 300

const urlParam = (name: string) => new URLSearchParams(window.location.search).get(name) ?? ''

/**
 * `/decisions?q=&group=`: the decision register. Lists the decided decisions of every meeting
 * (organizer) or of one group's meetings (a meeting link's token), searchable as you type; the
 * search and the group are kept in the address so a filtered register can be shared.
 */
export function DecisionsPage() {
  const { t } = useI18n()
  const headingId = useId()
  const searchId = useId()
  const groupId = useId()
  const [token] = useState(() => readTokenFromUrl() ?? settings.organizerToken.get())
  const [query, setQuery] = useState(() => urlParam('q'))
  const [group, setGroup] = useState(() => urlParam('group'))
  const q = useDebouncedValue(query, SEARCH_DELAY_MS).trim()
  const [attempt, setAttempt] = useState(0)
  const key = JSON.stringify([q, group, attempt])
  const [result, setResult] = useState<{ key: string; state: LoadState } | null>(null)
  const [meetings, setMeetings] = useState<MeetingSummary[] | null>(null)

  useEffect(() => {
    writeUrlParams({ q, group })
  }, [q, group])

  // Only the organizer may list meetings: that gives each meeting's link and every group, and
  // tells that the token is the organizer's, to be remembered like on the meeting list.
  useEffect(() => {
    if (!token) return
    const abort = new AbortController()
    listMeetings(token, abort.signal).then(
      (list) => {
        setMeetings(list)
        settings.organizerToken.set(token)
        removeTokenFromUrl()
      },
      () => {},
    )
    return () => abort.abort()
  }, [token])

  useEffect(() => {
    if (!token) return
    const abort = new AbortController()
    listDecisions(token, { q, group }, abort.signal).then(
      (decisions) => setResult({ key, state: { status: 'loaded', decisions } }),
      (error: unknown) => {
        if (abort.signal.aborted) return
        const denied =
          error instanceof ApiRequestError && (error.status === 401 || error.status === 403)
        setResult({ key, state: { status: denied ? 'unauthorized' : 'failed' } })
      },
    )
    return () => abort.abort()
  }, [token, key, q, group])

  const state = result?.state
  const busy = result?.key !== key
  const decisions = state?.status === 'loaded' ? state.decisions : null

  const groups = useMemo(() => {
    const names = new Set<string>(group ? [group] : [])
    for (const meeting of meetings ?? []) if (meeting.group) names.add(meeting.group)
    for (const decision of decisions ?? []) if (decision.group) names.add(decision.group)
    return [...names].sort((a, b) => a.localeCompare(b, 'nb'))
  }, [meetings, decisions, group])

  const links = useMemo(
    () => new Map((meetings ?? []).map((meeting) => [meeting.id, meeting.links?.viewer])),
    [meetings],
  )
  // Without the organizer's links, a meeting opens if this browser has its link stored.
  const meetingHref = (id: string) =>
    meetings
      ? links.get(id)
      : settings.meetingToken(id).get()
        ? `/m/${encodeURIComponent(id)}`
        : undefined

  if (!token) {
    return (
      <FullPageMessage title={t.noTokenTitle} testId="no-token">
        <p>{t.noTokenBody}</p>
      </FullPageMessage>
    )
  }
  if (state?.status === 'unauthorized') {
    return (
      <FullPageMessage title={t.organizerTokenInvalidTitle} tone="error" testId="token-invalid">
        <p>{t.organizerTokenInvalidBody}</p>
      </FullPageMessage>
    )
  }

  const filtered = q !== '' || group !== ''
  return (
    <div className="app">
      <AppHeader homeHref={meetings ? '/' : undefined}>
        {meetings && (
          <a className="button button-quiet button-small" href="/">
            {t.meetingsHeading}
          </a>
        )}
      </AppHeader>
      <main id="content" className="decisions-page" data-testid="decisions-page">
        <h1 id={headingId}>{t.decisionRegister}</h1>
        <p className="muted decisions-intro">{t.decisionsIntro}</p>
        <form className="decisions-filters" role="search" onSubmit={(e) => e.preventDefault()}>
          <div className="field decisions-search">
            <label htmlFor={searchId}>{t.decisionsSearchLabel}</label>
            <input
              id={searchId}
              type="search"
              value={query}
              maxLength={200}
              placeholder={t.decisionsSearchPlaceholder}
              autoComplete="off"
              data-testid="decision-search"
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          <div className="field decisions-group">
            <label htmlFor={groupId}>{t.decisionsGroupLabel}</label>
            <select
              id={groupId}
              value={group}
              data-testid="decision-group"
              onChange={(event) => setGroup(event.target.value)}
            >
              <option value="">{t.decisionsAllGroups}</option>
              {groups.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        </form>

        <p className="decisions-count" role="status" data-testid="decisions-count">
          {decisions ? t.decisionsCount(decisions.length) : state ? '' : t.loading}
        </p>

        {state?.status === 'failed' && (
          <div className="notice notice-error" role="alert" data-testid="decisions-error">
            <p>{t.decisionsLoadFailed}</p>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setAttempt((n) => n + 1)}
            >
              {t.retry}
            </button>
          </div>
        )}
        {decisions && decisions.length === 0 && (
          <div className="empty-state" data-testid="decisions-empty">
            <p className="empty-state-title">{filtered ? t.decisionsNoMatch : t.decisionsEmpty}</p>
            <p className="muted">{filtered ? t.decisionsNoMatchHint : t.decisionsEmptyHint}</p>
          </div>
        )}
        {decisions && decisions.length > 0 && (
          <div aria-busy={busy} className="decisions-results">
            <DecisionTable decisions={decisions} meetingHref={meetingHref} labelledBy={headingId} />
          </div>
        )}
      </main>
    </div>
  )
}
