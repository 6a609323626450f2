import { ATTENDANCE, type Attendance, type Attendee } from '@referat/shared'
import { useI18n } from '../i18n/useI18n'
import type { AgendaItemOption } from './AgendaItemOption'
import { attendeeNotes } from './attendeeNotes'
import { presenceLabel } from './presenceLabel'

interface AttendeeRowProps {
  person: Attendee
  /** Everyone on the list, to name whom a substitute stands in for. */
  everyone: readonly Attendee[]
  items: readonly AgendaItemOption[]
  /** Whether the person's name is on the list more than once. */
  duplicate: boolean
  editable: boolean
  onPresence: (presence: Attendance) => void
  onEdit: () => void
}

/** One person in the attendee list: name, organisation, notes, and for editors quick controls. */
export function AttendeeRow({
  person,
  everyone,
  items,
  duplicate,
  editable,
  onPresence,
  onEdit,
}: AttendeeRowProps) {
  const { t } = useI18n()
  const name = person.name || t.attendanceUnnamed
  const notes = attendeeNotes(person, everyone, items, t)
  return (
    <li
      className="attendee-row"
      data-testid="attendee-row"
      data-attendee-id={person.id}
      data-presence={person.presence}
      data-role={person.role}
      data-duplicate={duplicate || undefined}
    >
      <span className="attendee-info">
        <span className="attendee-name">
          {name}
          {person.role === 'moderator' && (
            <span className="attendee-marker"> ({t.attendanceModeratorMark})</span>
          )}
          {duplicate && (
            <span
              className="attendee-duplicate-flag"
              data-testid="attendee-duplicate-flag"
              title={t.attendanceDuplicateHint}
            >
              {t.attendanceDuplicateFlag}
            </span>
          )}
        </span>
        {person.organisation && (
          <span className="attendee-organisation">{person.organisation}</span>
        )}
        {notes.map((note) => (
          <span key={note} className="attendee-note">
            {note}
          </span>
        ))}
      </span>
      {editable && (
        <span className="attendee-controls">
          <select
            className="attendee-presence"
            aria-label={t.attendanceStatusLabel(name)}
            value={person.presence}
            onChange={(event) => onPresence(event.target.value as Attendance)}
          >
            {ATTENDANCE.map((presence) => (
              <option key={presence} value={presence}>
                {presenceLabel(presence, t)}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button-quiet button-tiny"
            aria-label={t.attendanceEditLabel(name)}
            onClick={onEdit}
            data-testid="btn-edit-attendee"
          >
            {t.attendanceEdit}
          </button>
        </span>
      )}
    </li>
  )
}
