import {
  addAttendees,
  findDuplicates,
  mergeAttendees,
  removeAttendee,
  updateAttendee,
} from '@referat/shared'
import { memo, useId, useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { useI18n } from '../i18n/useI18n'
import { AttendeeDialog } from './AttendeeDialog'
import { AttendeeRow } from './AttendeeRow'
import { DuplicateNotice } from './DuplicateNotice'
import { groupAttendees } from './groupAttendees'
import { groupLabel } from './groupLabel'
import { PasteAttendeesDialog } from './PasteAttendeesDialog'
import { useAgendaItems } from './useAgendaItems'
import { useAttendees } from './useAttendees'

interface AttendancePanelProps {
  /** The meeting's Y.Doc; the list lives in its `attendees` array. */
  doc: Y.Doc
  /** Whether the user may change the list (not a viewer, and the meeting is not final). */
  editable: boolean
}

type OpenDialog = { kind: 'add' } | { kind: 'edit'; id: string } | { kind: 'paste' } | null

/**
 * Who attends the meeting, grouped as a referat lists them (Frammøtte, Forfall, Vara …), edited
 * together live: add one person or paste a whole table, change status in place, edit details
 * in a dialog, and merge people listed twice.
 */
export const AttendancePanel = memo(function AttendancePanel({
  doc,
  editable,
}: AttendancePanelProps) {
  const { t } = useI18n()
  const headingId = useId()
  const people = useAttendees(doc)
  const items = useAgendaItems(doc)
  const [open, setOpen] = useState<OpenDialog>(null)
  const duplicates = useMemo(() => findDuplicates(people), [people])
  const duplicateIds = useMemo(() => new Set(duplicates.flat()), [duplicates])
  const groups = useMemo(() => groupAttendees(people), [people])
  const editing = open?.kind === 'edit' ? people.find((p) => p.id === open.id) : undefined
  const close = () => setOpen(null)

  return (
    <section className="attendance" aria-labelledby={headingId} data-testid="attendance-panel">
      <h2 id={headingId} className="sidebar-heading">
        {t.attendanceHeading} <span className="count">({people.length})</span>
      </h2>
      {editable && (
        <div className="attendance-actions">
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => setOpen({ kind: 'add' })}
            aria-label={t.attendanceAddLabel}
            data-testid="btn-add-attendee"
          >
            {t.attendanceAdd}
          </button>
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => setOpen({ kind: 'paste' })}
            aria-label={t.attendancePasteLabel}
            data-testid="btn-paste-attendees"
          >
            {t.attendancePaste}
          </button>
        </div>
      )}
      {duplicates.map(([keepId = '', ...dropIds]) => {
        const name = people.find((p) => p.id === keepId)?.name ?? ''
        return (
          <DuplicateNotice
            key={keepId}
            name={name}
            count={dropIds.length + 1}
            editable={editable}
            onMerge={() => mergeAttendees(doc, keepId, dropIds)}
          />
        )
      })}
      {people.length === 0 && (
        <p className="muted attendance-empty">
          {editable ? t.attendanceEmpty : t.attendanceEmptyReadOnly}
        </p>
      )}
      {groups.map((group) => (
        <div key={group.key} className="attendance-group" data-group={group.key}>
          <h3 className="attendance-group-heading">
            {groupLabel(group.key, t)} <span className="count">({group.people.length})</span>
          </h3>
          <ul className="attendance-list">
            {group.people.map((person) => (
              <AttendeeRow
                key={person.id}
                person={person}
                everyone={people}
                items={items}
                duplicate={duplicateIds.has(person.id)}
                editable={editable}
                onPresence={(presence) => updateAttendee(doc, person.id, { presence })}
                onEdit={() => setOpen({ kind: 'edit', id: person.id })}
              />
            ))}
          </ul>
        </div>
      ))}
      {editable && open?.kind === 'add' && (
        <AttendeeDialog
          everyone={people}
          items={items}
          onSave={(fields) => {
            addAttendees(doc, [fields])
            close()
          }}
          onClose={close}
        />
      )}
      {editable && editing && (
        <AttendeeDialog
          key={editing.id}
          person={editing}
          everyone={people}
          items={items}
          onSave={(fields) => {
            updateAttendee(doc, editing.id, fields)
            close()
          }}
          onRemove={() => {
            removeAttendee(doc, editing.id)
            close()
          }}
          onClose={close}
        />
      )}
      {editable && open?.kind === 'paste' && (
        <PasteAttendeesDialog
          everyone={people}
          onAdd={(rows, presence) => {
            addAttendees(
              doc,
              rows.map((row) => ({ ...row, presence })),
            )
            close()
          }}
          onClose={close}
        />
      )}
    </section>
  )
})
