import type { EditorState, Transaction } from '@tiptap/pm/state'
import { TextSelection } from '@tiptap/pm/state'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/**
 * Inserts `node` into the agenda item or sub-item around the selection, after the child block
 * holding the selection, and puts the cursor at the start of the inserted node's first textblock.
 * Returns false outside agenda items.
 */
export function insertIntoItem(
  state: EditorState,
  tr: Transaction,
  node: ProseMirrorNode,
  dispatch: boolean,
): boolean {
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth--) {
    const name = $from.node(depth).type.name
    if (name !== 'agendaItem' && name !== 'subItem') continue
    const insertAt = $from.depth > depth ? $from.after(depth + 1) : $from.end(depth)
    if (!dispatch) return true
    tr.insert(insertAt, node)
    tr.setSelection(TextSelection.near(tr.doc.resolve(insertAt + 1)))
    tr.scrollIntoView()
    return true
  }
  return false
}
