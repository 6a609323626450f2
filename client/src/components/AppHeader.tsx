import type { ReactNode } from 'react'
import { useI18n } from '../i18n/useI18n'
import { LanguageToggle } from './LanguageToggle'

interface AppHeaderProps {
  /** Where the product name links to; plain text when absent. */
  homeHref?: string
  /** Shown between the product name and the language toggle (status, meeting title). */
  children?: ReactNode
}

/** The bar at the top of every page. */
export function AppHeader({ homeHref, children }: AppHeaderProps) {
  const { t } = useI18n()
  const brand = (
    <>
      <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="6" />
        <path d="M10 9h12M10 15h12M10 21h8" />
      </svg>
      <span className="brand-name">{t.appName}</span>
    </>
  )
  return (
    <header className="app-header">
      <a className="skip-link" href="#content">
        {t.skipToContent}
      </a>
      {homeHref ? (
        <a className="brand" href={homeHref} title={t.linkToMeetings}>
          {brand}
        </a>
      ) : (
        <span className="brand">{brand}</span>
      )}
      <div className="app-header-middle">{children}</div>
      <LanguageToggle />
    </header>
  )
}
