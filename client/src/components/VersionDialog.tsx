import { useEffect, useId, useState } from 'react'
import { fetchVersion } from '../api/fetchVersion'
import { loadVersion, type LoadedVersion } from '../collab/loadVersion'
import { VersionViewer } from '../editor/VersionViewer'
import { formatDate } from '../format/formatDate'
import { useI18n } from '../i18n/useI18n'
import { ExportMenu } from './ExportMenu'
import { useModalDialog } from './useModalDialog'

interface VersionDialogProps {
  meetingId: string
  token: string
  version: number
  onClose: () => void
}

type Loaded = { status: 'loading' } | { status: 'ok'; version: LoadedVersion } | { status: 'error' }

/** One finalized version of the minutes, read-only, in a large modal dialog. */
export function VersionDialog({ meetingId, token, version, onClose }: VersionDialogProps) {
  const { t, lang } = useI18n()
  const id = useId()
  const dialog = useModalDialog()
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' })

  useEffect(() => {
    const abort = new AbortController()
    fetchVersion(meetingId, version, token, abort.signal).then(
      (update) => setLoaded({ status: 'ok', version: loadVersion(update) }),
      () => {
        if (!abort.signal.aborted) setLoaded({ status: 'error' })
      },
    )
    return () => abort.abort()
  }, [meetingId, token, version])

  return (
    <dialog
      ref={dialog}
      className="dialog version-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="version-view"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <div className="version-dialog-head">
        <h2 id={`${id}-title`} className="dialog-title">
          {t.versionLabel(version)}
          {loaded.status === 'ok' && `: ${loaded.version.meta.title}`}
        </h2>
        <div className="version-dialog-actions">
          <ExportMenu meetingId={meetingId} token={token} version={version} />
          <button type="button" className="button button-quiet button-small" onClick={onClose}>
            {t.close}
          </button>
        </div>
      </div>
      {loaded.status === 'loading' && <p className="muted">{t.loading}</p>}
      {loaded.status === 'error' && <p className="notice notice-error">{t.versionLoadFailed}</p>}
      {loaded.status === 'ok' && (
        <>
          <p className="muted">
            {formatDate(loaded.version.meta.date, lang)}
            {loaded.version.meta.location && ` · ${loaded.version.meta.location}`}
          </p>
          <VersionViewer meta={loaded.version.meta} content={loaded.version.content} />
        </>
      )}
    </dialog>
  )
}
