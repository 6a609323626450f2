import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** The class of the agenda item that holds the caret (see `app.css`). */
export const CARET_ITEM_CLASS = 'has-caret'

/** A node decoration on the top-level agenda item holding the selection's head, if any. */
export function caretItemDecorations(state: EditorState): DecorationSet {
  const { $head } = state.selection
  if ($head.depth < 1 || $head.node(1).type.name !== 'agendaItem') return DecorationSet.empty
  return DecorationSet.create(state.doc, [
    Decoration.node($head.before(1), $head.after(1), { class: CARET_ITEM_CLASS }),
  ])
}

/**
 * Keeps the agenda item with the caret laid out. Agenda items are `content-visibility: auto`,
 * and Chromium skips a newly inserted one until its next frame: a caret put into it at once
 * (a new item, then typing straight away) had no laid-out place to go, the browser's selection
 * stayed elsewhere, and the first keystrokes landed there. The class comes with the same view
 * update that inserts the item, so the item is never skipped while it holds the caret.
 */
export const CaretItemVisible = Extension.create({
  name: 'caretItemVisible',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('caretItemVisible'),
        props: { decorations: caretItemDecorations },
      }),
    ]
  },
})
