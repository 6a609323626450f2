import type { ReactNode } from 'react'
import { AppHeader } from './AppHeader'

interface FullPageMessageProps {
  title: string
  children?: ReactNode
  /** `error` is announced as an alert. */
  tone?: 'info' | 'error'
  testId?: string
}

/** A page that only says one thing: no token, unknown meeting, invalid link, loading … */
export function FullPageMessage({ title, children, tone = 'info', testId }: FullPageMessageProps) {
  return (
    <div className="app">
      <AppHeader />
      <main id="content" className="message-page">
        <section
          className={`message-card message-${tone}`}
          role={tone === 'error' ? 'alert' : undefined}
          data-testid={testId}
        >
          <h1>{title}</h1>
          {children}
        </section>
      </main>
    </div>
  )
}
