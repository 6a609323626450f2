import type { Editor } from '@tiptap/core'
import { memo } from 'react'
import type { AgendaItemRef } from '../editor/AgendaItemRef'
import { shallowEqualLists } from '../editor/shallowEqual'
import { useEditorValueAfterPaint } from '../editor/useEditorValue'
import { useLiveMeeting } from '../editor/useLiveMeeting'
import { useI18n } from '../i18n/useI18n'
import { agendaItemsOf } from '../editor/editorLists'
import { jumpToItem } from '../editor/jumpTo'

const NO_ITEMS: AgendaItemRef[] = []

/** The agenda as a list in the sidebar: every item with its number; a click goes to it. */
export const OutlinePanel = memo(function OutlinePanel({ editor }: { editor: Editor }) {
  const { t } = useI18n()
  const items = useEditorValueAfterPaint(editor, agendaItemsOf, shallowEqualLists) ?? NO_ITEMS
  const live = useLiveMeeting(editor)
  if (items.length === 0) return null
  return (
    <nav className="outline-panel" aria-labelledby="outline-heading" data-testid="outline">
      <h2 id="outline-heading" className="sidebar-heading">
        {t.outlineHeading} <span className="count">({items.length})</span>
      </h2>
      <ol className="outline-list">
        {items.map((item) => (
          <li key={item.id || item.pos}>
            <button
              type="button"
              className="outline-link"
              aria-current={live.currentItemId === item.id && item.id ? 'step' : undefined}
              data-testid="outline-item"
              onClick={() => jumpToItem(editor, item)}
            >
              <span className="outline-number">{item.label}</span>
              <span className="outline-title">{item.title || t.untitled}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
})
