import {
  ATTENDANCE,
  ATTENDEE_ROLES,
  normaliseName,
  type Attendance,
  type Attendee,
  type AttendeeRole,
} from '@referat/shared'
import { useId, useState, type FormEvent } from 'react'
import { useI18n } from '../i18n/useI18n'
import type { AgendaItemOption } from './AgendaItemOption'
import { attendeeRoleLabel } from './attendeeRoleLabel'
import { presenceLabel } from './presenceLabel'
import { useModalDialog } from '../components/useModalDialog'

type AttendeeDraft = Omit<Attendee, 'id'>

interface AttendeeDialogProps {
  /** The person edited; a new person when absent. */
  person?: Attendee
  everyone: readonly Attendee[]
  items: readonly AgendaItemOption[]
  onSave: (fields: AttendeeDraft) => void
  onRemove?: () => void
  onClose: () => void
}

const EMPTY: AttendeeDraft = {
  name: '',
  organisation: '',
  role: 'member',
  presence: 'present',
  substituteFor: '',
  arrivedAt: '',
  leftAt: '',
  conflicts: [],
}

/**
 * Adds a person or edits one: name, organisation, role, attendance, whom a substitute stands
 * in for, and (folded away) late arrival, early departure and disqualification per agenda item.
 */
export function AttendeeDialog({
  person,
  everyone,
  items,
  onSave,
  onRemove,
  onClose,
}: AttendeeDialogProps) {
  const { t } = useI18n()
  const id = useId()
  const dialog = useModalDialog()
  const others = everyone.filter((other) => other.id !== person?.id && other.name)
  const [draft, setDraft] = useState<AttendeeDraft>(() => {
    const start = person ? { ...person } : { ...EMPTY }
    const stoodInFor = others.find((other) => other.id === start.substituteFor)
    return { ...start, substituteFor: stoodInFor?.name ?? start.substituteFor }
  })
  const [nameMissing, setNameMissing] = useState(false)
  const set = (fields: Partial<AttendeeDraft>) => setDraft((current) => ({ ...current, ...fields }))
  const hasItemDetails = Boolean(draft.arrivedAt || draft.leftAt || draft.conflicts.length)

  const save = (event: FormEvent) => {
    event.preventDefault()
    const name = draft.name.trim()
    if (!name) {
      setNameMissing(true)
      return
    }
    const typed = normaliseName(draft.substituteFor)
    const stoodInFor = typed ? others.find((other) => normaliseName(other.name) === typed) : null
    onSave({
      ...draft,
      name,
      organisation: draft.organisation.trim(),
      substituteFor:
        draft.presence === 'substitute' ? (stoodInFor?.id ?? draft.substituteFor.trim()) : '',
    })
  }

  const itemSelect = (field: 'arrivedAt' | 'leftAt', label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>{label}</label>
      <select
        id={`${id}-${field}`}
        value={draft[field]}
        onChange={(event) => set({ [field]: event.target.value })}
      >
        <option value="">{t.attendanceNoItem}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>
            {item.number}. {item.title || t.attendanceUntitledItem}
          </option>
        ))}
      </select>
    </div>
  )

  return (
    <dialog
      ref={dialog}
      className="dialog attendance-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="attendee-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <form onSubmit={save} noValidate>
        <h2 id={`${id}-title`} className="dialog-title">
          {person ? t.attendanceDialogEditTitle : t.attendanceDialogAddTitle}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t.attendanceFieldName}</label>
          <input
            id={`${id}-name`}
            value={draft.name}
            onChange={(event) => {
              set({ name: event.target.value })
              setNameMissing(false)
            }}
            maxLength={200}
            autoFocus
            aria-invalid={nameMissing || undefined}
            aria-describedby={nameMissing ? `${id}-name-error` : undefined}
            data-testid="attendee-name-input"
          />
          {nameMissing && (
            <p id={`${id}-name-error`} className="field-error">
              {t.attendanceNameRequired}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-organisation`}>{t.attendanceFieldOrganisation}</label>
          <input
            id={`${id}-organisation`}
            value={draft.organisation}
            onChange={(event) => set({ organisation: event.target.value })}
            maxLength={200}
            data-testid="attendee-organisation-input"
          />
        </div>
        <div className="attendance-field-pair">
          <div className="field">
            <label htmlFor={`${id}-role`}>{t.attendanceFieldRole}</label>
            <select
              id={`${id}-role`}
              value={draft.role}
              onChange={(event) => set({ role: event.target.value as AttendeeRole })}
              data-testid="attendee-role-select"
            >
              {ATTENDEE_ROLES.map((role) => (
                <option key={role} value={role}>
                  {attendeeRoleLabel(role, t)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-presence`}>{t.attendanceFieldPresence}</label>
            <select
              id={`${id}-presence`}
              value={draft.presence}
              onChange={(event) => set({ presence: event.target.value as Attendance })}
              data-testid="attendee-presence-select"
            >
              {ATTENDANCE.map((presence) => (
                <option key={presence} value={presence}>
                  {presenceLabel(presence, t)}
                </option>
              ))}
            </select>
          </div>
        </div>
        {draft.presence === 'substitute' && (
          <div className="field">
            <label htmlFor={`${id}-substitute`}>{t.attendanceFieldSubstituteFor}</label>
            <input
              id={`${id}-substitute`}
              value={draft.substituteFor}
              onChange={(event) => set({ substituteFor: event.target.value })}
              list={`${id}-people`}
              maxLength={200}
            />
            <datalist id={`${id}-people`}>
              {others.map((other) => (
                <option key={other.id} value={other.name} />
              ))}
            </datalist>
          </div>
        )}
        <details className="attendance-more" open={hasItemDetails}>
          <summary>{t.attendanceMore}</summary>
          {items.length === 0 ? (
            <p className="muted">{t.attendanceNoItems}</p>
          ) : (
            <>
              {itemSelect('arrivedAt', t.attendanceFieldArrivedAt)}
              {itemSelect('leftAt', t.attendanceFieldLeftAt)}
              <fieldset className="attendance-conflicts">
                <legend>{t.attendanceFieldConflicts}</legend>
                {items.map((item) => (
                  <label key={item.id} className="attendance-check">
                    <input
                      type="checkbox"
                      checked={draft.conflicts.includes(item.id)}
                      onChange={(event) =>
                        set({
                          conflicts: event.target.checked
                            ? [...draft.conflicts, item.id]
                            : draft.conflicts.filter((conflict) => conflict !== item.id),
                        })
                      }
                    />
                    {item.number}. {item.title || t.attendanceUntitledItem}
                  </label>
                ))}
              </fieldset>
            </>
          )}
        </details>
        <div className="dialog-actions">
          {onRemove && (
            <button
              type="button"
              className="button button-quiet attendance-remove"
              onClick={onRemove}
              aria-label={t.attendanceRemoveLabel(person?.name ?? '')}
              data-testid="btn-remove-attendee"
            >
              {t.attendanceRemove}
            </button>
          )}
          <span className="dialog-actions-spacer" />
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t.cancel}
          </button>
          <button type="submit" className="button button-primary" data-testid="btn-save-attendee">
            {person ? t.attendanceSave : t.attendanceAddConfirm}
          </button>
        </div>
      </form>
    </dialog>
  )
}
