import {
  ATTENDANCE,
  normaliseName,
  parseAttendeeTable,
  type Attendance,
  type Attendee,
  type ParsedAttendee,
} from '@referat/shared'
import { useId, useMemo, useState, type FormEvent } from 'react'
import { useI18n } from '../i18n/useI18n'
import { attendeeRoleLabel } from './attendeeRoleLabel'
import { presenceLabel } from './presenceLabel'
import { useModalDialog } from '../components/useModalDialog'

interface PasteAttendeesDialogProps {
  /** Who is on the list already, to point out people pasted twice. */
  everyone: readonly Attendee[]
  onAdd: (rows: ParsedAttendee[], presence: Attendance) => void
  onClose: () => void
}

/**
 * Takes an attendee table pasted from Word, Excel or an e-mail, shows the people it found, and
 * adds them all with one status.
 */
export function PasteAttendeesDialog({ everyone, onAdd, onClose }: PasteAttendeesDialogProps) {
  const { t } = useI18n()
  const id = useId()
  const dialog = useModalDialog()
  const [text, setText] = useState('')
  const [presence, setPresence] = useState<Attendance>('present')
  const rows = useMemo(() => parseAttendeeTable(text), [text])
  const known = useMemo(() => new Set(everyone.map((p) => normaliseName(p.name))), [everyone])

  const add = (event: FormEvent) => {
    event.preventDefault()
    if (rows.length > 0) onAdd(rows, presence)
  }

  return (
    <dialog
      ref={dialog}
      className="dialog attendance-dialog attendance-dialog-wide"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-hint`}
      data-testid="paste-attendees-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <form onSubmit={add}>
        <h2 id={`${id}-title`} className="dialog-title">
          {t.attendancePasteTitle}
        </h2>
        <p id={`${id}-hint`} className="muted">
          {t.attendancePasteHint}
        </p>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t.attendancePasteInput}</label>
          <textarea
            id={`${id}-text`}
            rows={6}
            value={text}
            onChange={(event) => setText(event.target.value)}
            spellCheck={false}
            autoFocus
            data-testid="paste-attendees-input"
          />
        </div>
        <div className="field attendance-paste-presence">
          <label htmlFor={`${id}-presence`}>{t.attendancePastePresence}</label>
          <select
            id={`${id}-presence`}
            value={presence}
            onChange={(event) => setPresence(event.target.value as Attendance)}
          >
            {ATTENDANCE.map((value) => (
              <option key={value} value={value}>
                {presenceLabel(value, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="attendance-preview" aria-live="polite" data-testid="paste-preview">
          {rows.length === 0 ? (
            <p className="muted">{t.attendancePasteNone}</p>
          ) : (
            <table>
              <caption>{t.attendancePastePreview(rows.length)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.attendanceFieldName}</th>
                  <th scope="col">{t.attendanceFieldOrganisation}</th>
                  <th scope="col">{t.attendanceFieldRole}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, index) => (
                  <tr key={index} data-testid="paste-preview-row">
                    <td>
                      {row.name}
                      {known.has(normaliseName(row.name)) && (
                        <span className="attendee-duplicate-flag">{t.attendancePasteExists}</span>
                      )}
                    </td>
                    <td>{row.organisation}</td>
                    <td>{attendeeRoleLabel(row.role, t)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
        <div className="dialog-actions">
          <span className="dialog-actions-spacer" />
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t.cancel}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={rows.length === 0}
            data-testid="btn-confirm-paste"
          >
            {t.attendancePasteConfirm(rows.length)}
          </button>
        </div>
      </form>
    </dialog>
  )
}
