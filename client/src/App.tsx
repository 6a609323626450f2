import { lazy, Suspense, useSyncExternalStore } from 'react'
import { FullPageMessage } from './components/FullPageMessage'
import { I18nProvider } from './i18n/I18nProvider'
import { useI18n } from './i18n/useI18n'
import { DecisionsPage } from './pages/DecisionsPage'
import { MeetingListPage } from './pages/MeetingListPage'

// The editor (Tiptap, Yjs) loads only on meeting pages; the organizer's list stays light.
const MeetingPage = lazy(() =>
  import('./pages/MeetingPage').then((module) => ({ default: module.MeetingPage })),
)

const subscribe = (listener: () => void) => {
  window.addEventListener('popstate', listener)
  return () => window.removeEventListener('popstate', listener)
}
const getPath = () => window.location.pathname

/** Routes `/` to the meeting list, `/m/:id` to a meeting, `/decisions` to the decision register. */
export function App() {
  const path = useSyncExternalStore(subscribe, getPath)
  return (
    <I18nProvider>
      <Route path={path} />
    </I18nProvider>
  )
}

function Route({ path }: { path: string }) {
  const { t } = useI18n()
  const meeting = /^\/m\/([^/]+)\/?$/.exec(path)
  if (meeting?.[1]) {
    const id = decodeURIComponent(meeting[1])
    return (
      <Suspense fallback={<FullPageMessage title={t.loadingMeeting} />}>
        <MeetingPage key={id} meetingId={id} />
      </Suspense>
    )
  }
  if (path === '/' || path === '/index.html') return <MeetingListPage />
  if (/^\/decisions\/?$/.test(path)) return <DecisionsPage />
  return (
    <FullPageMessage title={t.pageNotFoundTitle} tone="error">
      <p>{t.pageNotFoundBody}</p>
    </FullPageMessage>
  )
}
