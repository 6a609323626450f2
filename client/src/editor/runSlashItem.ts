import type { Editor, Range } from '@tiptap/core'
import type { SlashItem } from './SlashItem'

/**
 * Runs a "/" menu entry: deletes the typed "/…", runs the command, and removes the paragraph
 * the "/" was typed in when it is left empty and the command inserted its block after it (so
 * "/vedtak" on an empty line turns that line into the decision rather than leaving a gap).
 */
export function runSlashItem(editor: Editor, range: Range, item: SlashItem): void {
  const $from = editor.state.doc.resolve(range.from)
  const paragraph = $from.parent
  const paragraphStart = $from.before()
  const onlyTheSlash = paragraph.content.size === range.to - range.from
  const container = $from.node($from.depth - 1)
  const removable =
    item.replacesEmptyParagraph &&
    onlyTheSlash &&
    ['doc', 'agendaItem', 'subItem'].includes(container.type.name)

  item
    .run(editor.chain().focus().deleteRange(range))
    .command(({ tr }) => {
      if (!removable) return true
      const pos = tr.mapping.map(paragraphStart, -1)
      const node = tr.doc.nodeAt(pos)
      if (node?.type.name === 'paragraph' && node.content.size === 0) {
        tr.delete(pos, pos + node.nodeSize)
      }
      return true
    })
    .run()
}
