import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useContext, useId } from 'react'
import { assigneeName } from '../actions/assigneeName'
import { assigneeValue } from '../actions/assigneeValue'
import { DraftInput } from '../actions/DraftInput'
import { normalizeDue } from '../actions/normalizeDue'
import { useAttendees } from '../attendance/useAttendees'
import { formatDate } from '../format/formatDate'
import { useI18n } from '../i18n/useI18n'
import { MinutesContext } from './MinutesContext'

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/**
 * A follow-up task: its editable text, then who is responsible (an attendee, offered by name,
 * or free text), the due date (a date or free text) and whether it is done. Viewers see the
 * values as text.
 */
export function ActionItemView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  const { t, lang } = useI18n()
  const attendees = useAttendees(useContext(MinutesContext).doc)
  const listId = useId()
  const assignee = text(node.attrs.assignee)
  const due = text(node.attrs.due)
  const done = node.attrs.done === true
  const name = assigneeName(assignee, attendees)

  return (
    <NodeViewWrapper className="action-item-body" data-done={done || undefined}>
      <NodeViewContent className="action-item-text" />
      {editor.isEditable ? (
        <div className="action-item-fields" contentEditable={false}>
          <label className="action-item-field">
            <span>{t.actionAssignee}</span>
            <DraftInput
              value={name}
              list={listId}
              placeholder={t.actionAssigneePlaceholder}
              maxLength={200}
              data-testid="action-item-assignee"
              onCommit={(typed) => updateAttributes({ assignee: assigneeValue(typed, attendees) })}
            />
            <datalist id={listId}>
              {attendees.map((person) => (
                <option key={person.id} value={person.name} />
              ))}
            </datalist>
          </label>
          <label className="action-item-field">
            <span>{t.actionDue}</span>
            <DraftInput
              value={due}
              placeholder={t.actionDuePlaceholder}
              maxLength={100}
              data-testid="action-item-due"
              onCommit={(typed) => updateAttributes({ due: normalizeDue(typed) })}
            />
          </label>
          <label className="action-item-check">
            <input
              type="checkbox"
              checked={done}
              data-testid="action-item-done"
              onChange={(event) => updateAttributes({ done: event.target.checked })}
            />
            <span>{t.actionDone}</span>
          </label>
        </div>
      ) : (
        <p className="action-item-fields is-readonly" contentEditable={false}>
          <span data-testid="action-item-assignee">
            {t.actionAssignee}: {name || '–'}
          </span>
          <span data-testid="action-item-due">
            {t.actionDue}: {due ? formatDate(due, lang, 'medium') : '–'}
          </span>
          <span data-testid="action-item-done" data-done={done}>
            {done ? `✓ ${t.actionDone}` : t.actionNotDone}
          </span>
        </p>
      )}
    </NodeViewWrapper>
  )
}
