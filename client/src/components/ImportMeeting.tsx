import type { CreateMeetingResponse } from '@referat/shared'
import { useId, useRef, useState } from 'react'
import { ApiRequestError } from '../api/ApiRequestError'
import { getMeeting } from '../api/getMeeting'
import { importMeeting } from '../api/importMeeting'
import { useI18n } from '../i18n/useI18n'

/** Largest file offered to the server (it refuses more). */
const MAX_BYTES = 2 * 1024 * 1024

interface ImportMeetingProps {
  token: string
  onCreated: (response: CreateMeetingResponse, title: string) => void
}

/** Imports minutes or an agenda (Markdown or plain text) from a file as a new meeting. */
export function ImportMeeting({ token, onCreated }: ImportMeetingProps) {
  const { t } = useI18n()
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const importFile = async (file: File) => {
    setError(null)
    if (file.size > MAX_BYTES) {
      setError(t.importTooLarge)
      return
    }
    setBusy(true)
    try {
      const response = await importMeeting(token, await file.text())
      const meeting = await getMeeting(response.id, token).catch(() => null)
      onCreated(response, meeting?.title ?? file.name)
    } catch (failure) {
      setError(
        failure instanceof ApiRequestError && failure.status !== 0
          ? t.importFailed(failure.message)
          : t.importUnreachable,
      )
    } finally {
      setBusy(false)
      if (input.current) input.current.value = ''
    }
  }

  return (
    <section className="card import-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.importHeading}</h2>
      <p className="muted" id={`${id}-hint`}>
        {t.importHint}
      </p>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept=".md,.markdown,.txt,text/markdown,text/plain"
        className="visually-hidden"
        // The button below opens it; the input itself is out of the tab order.
        tabIndex={-1}
        aria-label={t.importButton}
        aria-describedby={`${id}-hint`}
        data-testid="import-file"
        disabled={busy}
        onChange={(event) => {
          const file = event.target.files?.[0]
          if (file) void importFile(file)
        }}
      />
      <button
        type="button"
        className="button button-secondary"
        disabled={busy}
        onClick={() => input.current?.click()}
        data-testid="import-button"
      >
        {busy ? t.importBusy : t.importButton}
      </button>
      {error && (
        <p className="notice notice-error" role="alert" data-testid="import-error">
          {error}
        </p>
      )}
    </section>
  )
}
