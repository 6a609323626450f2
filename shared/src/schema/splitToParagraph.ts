import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'

/**
 * Enter in a one-line block (a title or a section heading): the text after the cursor moves to
 * a new paragraph right after the block, and the cursor goes there. Returns false outside
 * blocks of type `typeName`.
 */
export function splitToParagraph(editor: Editor, typeName: string): boolean {
  const { state } = editor
  const { $from, $to } = state.selection
  if ($from.parent.type.name !== typeName || !$from.sameParent($to)) return false
  const paragraph = state.schema.nodes.paragraph
  if (!paragraph) return false
  return editor.commands.command(({ tr, dispatch }) => {
    if (!dispatch) return true
    const rest = $from.parent.content.cut($to.parentOffset)
    const after = $from.after()
    tr.insert(after, paragraph.create(null, rest))
    tr.delete($from.pos, $from.end())
    tr.setSelection(TextSelection.create(tr.doc, tr.mapping.map(after, -1) + 1))
    tr.scrollIntoView()
    return true
  })
}
