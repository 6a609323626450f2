import { Node, mergeAttributes } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { agendaItemAttributes } from './agendaItemAttributes'
import { createItemNode, type NewItemOptions } from './createItemNode'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    subItem: {
      /** Inserts a sub-item (a, b, c …) into the agenda item around the selection. */
      insertSubItem: (options?: NewItemOptions) => ReturnType
    }
  }
}

/** A sub-item of an agenda item, lettered a, b, c … by position. */
export const SubItem = Node.create({
  name: 'subItem',
  content: 'agendaTitle (block | itemBlock)*',
  defining: true,
  isolating: true,

  addAttributes() {
    return agendaItemAttributes
  },

  parseHTML() {
    return [{ tag: 'section[data-type="sub-item"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['section', mergeAttributes(HTMLAttributes, { 'data-type': 'sub-item' }), 0]
  },

  addCommands() {
    return {
      insertSubItem:
        (options) =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection
          for (let depth = $from.depth; depth > 0; depth--) {
            if ($from.node(depth).type.name !== 'agendaItem') continue
            // After the child of the agenda item that holds the selection, or after a sub-item.
            const insertAt = $from.depth > depth ? $from.after(depth + 1) : $from.end(depth)
            if (!dispatch) return true
            const node = state.schema.nodeFromJSON(createItemNode('subItem', options))
            tr.insert(insertAt, node)
            tr.setSelection(
              TextSelection.create(tr.doc, insertAt + 2 + (node.firstChild?.content.size ?? 0)),
            )
            tr.scrollIntoView()
            return true
          }
          return false
        },
    }
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-Enter': () => this.editor.commands.insertSubItem(),
    }
  },
})
