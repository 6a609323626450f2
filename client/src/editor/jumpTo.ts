import type { Editor } from '@tiptap/core'

/**
 * Scrolls the editor to the node at `nodePos` and puts the cursor at `cursorPos` (inside it),
 * so that typing continues there.
 */
export function jumpTo(editor: Editor, nodePos: number, cursorPos: number): void {
  if (editor.isDestroyed) return
  const size = editor.state.doc.content.size
  if (nodePos < 0 || cursorPos > size) return
  editor.chain().focus(undefined, { scrollIntoView: false }).setTextSelection(cursorPos).run()
  const dom = editor.view.nodeDOM(nodePos)
  if (dom instanceof HTMLElement) dom.scrollIntoView({ block: 'center', behavior: 'smooth' })
}
