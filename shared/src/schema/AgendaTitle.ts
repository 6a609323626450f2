import { Node, mergeAttributes } from '@tiptap/core'
import { splitToParagraph } from './splitToParagraph'

/** The title line of an agenda item or sub-item. Plain text; the number is derived, not stored. */
export const AgendaTitle = Node.create({
  name: 'agendaTitle',
  content: 'text*',
  marks: '',
  defining: true,

  parseHTML() {
    return [{ tag: 'h3[data-type="agenda-title"]' }, { tag: 'h4[data-type="agenda-title"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['h3', mergeAttributes(HTMLAttributes, { 'data-type': 'agenda-title' }), 0]
  },

  addKeyboardShortcuts() {
    return {
      Enter: () => splitToParagraph(this.editor, this.name),
    }
  },
})
