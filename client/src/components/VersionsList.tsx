import { useEffect, useState } from 'react'
import { localeOf, type Language } from '@referat/shared'
import { listVersions } from '../api/listVersions'
import { useI18n } from '../i18n/useI18n'
import { VersionDialog } from './VersionDialog'
import { dateTimeFormat } from '../format/dateTimeFormat'

interface VersionsListProps {
  meetingId: string
  token: string
  /** The meeting's current version: the list is fetched again when it changes. */
  currentVersion: number
}

type Versions = { version: number; createdAt: string }[]

const formatStamp = (iso: string, lang: Language) => {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return dateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date)
}

/** The finalized versions of the minutes; each opens read-only. */
export function VersionsList({ meetingId, token, currentVersion }: VersionsListProps) {
  const { t, lang } = useI18n()
  const [versions, setVersions] = useState<Versions | null>(null)
  const [failed, setFailed] = useState(false)
  const [open, setOpen] = useState<number | null>(null)

  useEffect(() => {
    const abort = new AbortController()
    listVersions(meetingId, token, abort.signal).then(
      (list) => {
        setFailed(false)
        setVersions([...list].sort((a, b) => b.version - a.version))
      },
      () => {
        if (!abort.signal.aborted) setFailed(true)
      },
    )
    return () => abort.abort()
  }, [meetingId, token, currentVersion])

  return (
    <div className="versions" data-testid="versions-list">
      {failed && <p className="notice notice-error">{t.versionLoadFailed}</p>}
      {!failed && versions === null && <p className="muted">{t.loading}</p>}
      {versions?.length === 0 && <p className="muted">{t.versionsEmpty}</p>}
      {versions && versions.length > 0 && (
        <ul className="versions-items">
          {versions.map(({ version, createdAt }) => (
            <li key={version}>
              <button
                type="button"
                className="button button-quiet button-small"
                onClick={() => setOpen(version)}
                data-testid={`version-${version}`}
              >
                {t.versionLabel(version)}
              </button>
              <span className="muted"> {formatStamp(createdAt, lang)}</span>
            </li>
          ))}
        </ul>
      )}
      {open !== null && (
        <VersionDialog
          meetingId={meetingId}
          token={token}
          version={open}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  )
}
