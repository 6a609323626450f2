import type { Editor } from '@tiptap/core'
import { memo, useState } from 'react'
import type * as Y from 'yjs'
import { jumpTo } from '../editor/jumpTo'
import { shallowEqualLists } from '../editor/shallowEqual'
import { useEditorValueAfterPaint } from '../editor/useEditorValue'
import { formatDate } from '../format/formatDate'
import { useI18n } from '../i18n/useI18n'
import type { ActionItemEntry } from './ActionItemEntry'
import { assigneeName } from './assigneeName'
import { assigneeOptions } from './assigneeOptions'
import { filterActionItems } from './filterActionItems'
import { findActionItem } from './findActionItem'
import { useAttendees } from '../attendance/useAttendees'
import { actionItemsOf } from '../editor/editorLists'

const NO_ENTRIES: ActionItemEntry[] = []

function jumpToActionItem(editor: Editor | null, index: number) {
  const found = editor && findActionItem(editor.state.doc, index)
  if (editor && found) jumpTo(editor, found.pos, found.textEnd)
}

interface ActionItemsPanelProps {
  /** The minutes editor, once it exists. */
  editor: Editor | null
  doc: Y.Doc
}

/**
 * The meeting's follow-up tasks in the sidebar, open ones first, filterable by person; a click
 * scrolls the minutes to the task and puts the cursor there. Updates as anyone edits.
 */
export const ActionItemsPanel = memo(function ActionItemsPanel({
  editor,
  doc,
}: ActionItemsPanelProps) {
  const { t, lang } = useI18n()
  const attendees = useAttendees(doc)
  const [person, setPerson] = useState('')
  const entries = useEditorValueAfterPaint(editor, actionItemsOf, shallowEqualLists) ?? NO_ENTRIES
  const options = assigneeOptions(entries, attendees)
  const filter = options.some((option) => option.value === person) ? person : ''
  const shown = filterActionItems(entries, filter)
  const open = entries.filter((entry) => !entry.done).length

  return (
    <section
      className="action-items-panel"
      aria-labelledby="action-items-heading"
      data-testid="action-items-panel"
    >
      <h2 id="action-items-heading" className="sidebar-heading">
        {t.actionItemsHeading} <span className="count">({t.actionItemsOpen(open)})</span>
      </h2>
      {entries.length === 0 ? (
        <p className="muted action-items-empty">{t.actionItemsEmpty}</p>
      ) : (
        <>
          <label className="action-items-filter">
            <span>{t.actionItemsFilter}</span>
            <select
              value={filter}
              data-testid="action-items-filter"
              onChange={(event) => setPerson(event.target.value)}
            >
              <option value="">{t.actionItemsAll}</option>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.name}
                </option>
              ))}
            </select>
          </label>
          <ul className="action-items-list">
            {shown.map((entry) => (
              <li key={entry.key}>
                <button
                  type="button"
                  className="action-item-entry"
                  data-done={entry.done || undefined}
                  data-testid="action-item-entry"
                  onClick={() => jumpToActionItem(editor, entry.index)}
                >
                  <span className="action-item-entry-text">
                    {entry.done && <span aria-label={t.actionDone}>✓ </span>}
                    {entry.text || t.actionItemsNoText}
                  </span>
                  <span className="action-item-entry-meta">
                    {[
                      entry.assignee && assigneeName(entry.assignee, attendees),
                      entry.due && `${t.actionDue} ${formatDate(entry.due, lang, 'medium')}`,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  <span className="action-item-entry-item">
                    {entry.itemLabel} {entry.itemTitle || t.untitled}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
})
