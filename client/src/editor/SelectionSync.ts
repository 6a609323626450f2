import { Extension } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'

/** The text selection the browser shows in the editor, as document positions, if any. */
function domTextSelection(view: EditorView): { anchor: number; head: number } | null {
  const selection = view.dom.ownerDocument.getSelection()
  if (!selection?.anchorNode || !selection.focusNode) return null
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) {
    return null
  }
  try {
    return {
      anchor: view.posAtDOM(selection.anchorNode, selection.anchorOffset),
      head: view.posAtDOM(selection.focusNode, selection.focusOffset),
    }
  } catch {
    return null
  }
}

/**
 * Before a key is handled, takes over a caret the browser moved by itself (End, arrows, a
 * click) that ProseMirror has not read yet. ProseMirror learns of such moves from the
 * asynchronous `selectionchange` event, so a shortcut pressed right after one (End, then
 * Ctrl+Alt+Enter) would otherwise act on the old selection, e.g. in another item.
 */
export const SelectionSync = Extension.create({
  name: 'selectionSync',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('selectionSync'),
        props: {
          handleDOMEvents: {
            keydown: (view, event) => {
              if (event.isComposing || event.keyCode === 229 || !view.hasFocus()) return false
              const current = view.state.selection
              if (!(current instanceof TextSelection)) return false
              const shown = domTextSelection(view)
              if (!shown || (shown.anchor === current.anchor && shown.head === current.head)) {
                return false
              }
              const { doc } = view.state
              const $anchor = doc.resolve(shown.anchor)
              const $head = doc.resolve(shown.head)
              if (!$anchor.parent.inlineContent || !$head.parent.inlineContent) return false
              view.dispatch(view.state.tr.setSelection(TextSelection.between($anchor, $head)))
              return false
            },
          },
        },
      }),
    ]
  },
})
