import type { CreateMeetingResponse, MeetingMeta } from '@referat/shared'
import { useId, useState, type FormEvent } from 'react'
import { ApiRequestError } from '../api/ApiRequestError'
import { createNextMeeting } from '../api/createNextMeeting'
import { todayIso } from '../format/todayIso'
import { useI18n } from '../i18n/useI18n'
import { MeetingLinks } from './MeetingLinks'
import { useModalDialog } from './useModalDialog'

interface NextMeetingDialogProps {
  meetingId: string
  token: string
  /** The header of this meeting: time and place are offered again. */
  meta: MeetingMeta
  onClose: () => void
}

/**
 * Creates the next meeting of the series from this one (date, time, place), then shows the new
 * meeting's three links.
 */
export function NextMeetingDialog({ meetingId, token, meta, onClose }: NextMeetingDialogProps) {
  const { t } = useI18n()
  const id = useId()
  const dialog = useModalDialog()
  const [date, setDate] = useState(todayIso)
  const [start, setStart] = useState(meta.start)
  const [end, setEnd] = useState(meta.end)
  const [location, setLocation] = useState(meta.location)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [created, setCreated] = useState<CreateMeetingResponse | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(null)
    createNextMeeting(meetingId, token, {
      date,
      ...(start && { start }),
      ...(end && { end }),
      ...(location.trim() && { location: location.trim() }),
    }).then(setCreated, (cause: unknown) => {
      setBusy(false)
      setError(
        cause instanceof ApiRequestError && cause.status === 0
          ? t.errNetwork
          : t.lifecycleFailed(cause instanceof Error ? cause.message : String(cause)),
      )
    })
  }

  return (
    <dialog
      ref={dialog}
      className="dialog next-meeting-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="next-meeting-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={`${id}-title`} className="dialog-title">
        {created ? t.nextMeetingCreated : t.nextMeeting}
      </h2>
      {created ? (
        <>
          <MeetingLinks links={created.links} title={meta.title} />
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={onClose}>
              {t.close}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit}>
          <p className="muted">{t.nextMeetingIntro}</p>
          <div className="next-meeting-fields">
            <div className="field">
              <label htmlFor={`${id}-date`}>{t.fieldDate}</label>
              <input
                id={`${id}-date`}
                type="date"
                required
                value={date}
                onChange={(event) => setDate(event.target.value)}
                data-testid="next-date"
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-start`}>{t.fieldStart}</label>
              <input
                id={`${id}-start`}
                type="time"
                value={start}
                onChange={(event) => setStart(event.target.value)}
                data-testid="next-start"
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-end`}>{t.fieldEnd}</label>
              <input
                id={`${id}-end`}
                type="time"
                value={end}
                onChange={(event) => setEnd(event.target.value)}
                data-testid="next-end"
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-location`}>{t.fieldLocation}</label>
              <input
                id={`${id}-location`}
                value={location}
                maxLength={300}
                onChange={(event) => setLocation(event.target.value)}
                data-testid="next-location"
              />
            </div>
          </div>
          {error && (
            <p className="notice notice-error" role="alert">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <button type="button" className="button button-quiet" onClick={onClose}>
              {t.cancel}
            </button>
            <button
              type="submit"
              className="button button-primary"
              disabled={busy}
              data-testid="btn-create-next"
            >
              {t.nextMeetingCreate}
            </button>
          </div>
        </form>
      )}
    </dialog>
  )
}
