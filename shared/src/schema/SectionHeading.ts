import { Node, mergeAttributes } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { splitToParagraph } from './splitToParagraph'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    sectionHeading: {
      /** Inserts a section heading ("Orienteringer fra sekretariatet") after the current block. */
      insertSectionHeading: (text?: string) => ReturnType
    }
  }
}

/** A heading between agenda items. It groups items and does not take part in numbering. */
export const SectionHeading = Node.create({
  name: 'sectionHeading',
  group: 'topLevel',
  content: 'text*',
  marks: '',
  defining: true,

  parseHTML() {
    return [{ tag: 'h2[data-type="section-heading"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['h2', mergeAttributes(HTMLAttributes, { 'data-type': 'section-heading' }), 0]
  },

  addCommands() {
    return {
      insertSectionHeading:
        (text = '') =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection
          const insertAt = $from.depth === 0 ? state.doc.content.size : $from.after(1)
          if (!dispatch) return true
          const node = this.type.create(null, text ? state.schema.text(text) : null)
          tr.insert(insertAt, node)
          tr.setSelection(TextSelection.create(tr.doc, insertAt + 1 + node.content.size))
          tr.scrollIntoView()
          return true
        },
    }
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-h': () => this.editor.commands.insertSectionHeading(),
      Enter: () => splitToParagraph(this.editor, this.name),
    }
  },
})
