import type { Editor } from '@tiptap/core'
import { memo } from 'react'
import type { AgendaItemRef } from '../editor/AgendaItemRef'
import { jumpTo } from '../editor/jumpTo'
import { listAgendaItems } from '../editor/listAgendaItems'
import { memoizeLast } from '../editor/memoizeLast'
import { numberingOf } from '../editor/numberingOf'
import { shallowEqualLists } from '../editor/shallowEqual'
import { useEditorValueAfterPaint } from '../editor/useEditorValue'
import { useLiveMeeting } from '../editor/useLiveMeeting'
import { useI18n } from '../i18n/useI18n'

const NO_ITEMS: AgendaItemRef[] = []
const agendaItemsOf = memoizeLast(listAgendaItems)

function jump(editor: Editor, item: AgendaItemRef) {
  const node = editor.state.doc.nodeAt(item.pos)
  if (node) jumpTo(editor, item.pos, item.pos + 2 + (node.firstChild?.content.size ?? 0))
}

/** The agenda as a list in the sidebar: every item with its number; a click goes to it. */
export const OutlinePanel = memo(function OutlinePanel({ editor }: { editor: Editor }) {
  const { t } = useI18n()
  const items =
    useEditorValueAfterPaint(
      editor,
      (current) => agendaItemsOf(current.state.doc, numberingOf(current.state)),
      shallowEqualLists,
    ) ?? NO_ITEMS
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
              onClick={() => jump(editor, item)}
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
