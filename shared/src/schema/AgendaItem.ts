import { Node, mergeAttributes } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { agendaItemAttributes, type AgendaItemAttrs } from './agendaItemAttributes'
import { createItemNode, type NewItemOptions } from './createItemNode'
import { moveItem, type MoveDirection } from './moveItem'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    agendaItem: {
      /** Inserts a new agenda item after the top-level block around the selection. */
      insertAgendaItem: (options?: NewItemOptions) => ReturnType
      /** Moves the agenda item, sub-item or section heading around the selection. */
      moveItem: (direction: MoveDirection) => ReturnType
      /** Sets the kind of the agenda item around the selection. */
      setAgendaItemKind: (kind: AgendaItemAttrs['kind']) => ReturnType
    }
  }
}

export interface AgendaItemOptions {
  /**
   * HTML attributes added to every rendered agenda item.
   * @default {}
   */
  HTMLAttributes: Record<string, unknown>
}

/**
 * A numbered agenda item (sak): a title line followed by ordinary blocks, decisions, action
 * items and sub-items. Its number comes from its position among the agenda items.
 */
export const AgendaItem = Node.create<AgendaItemOptions>({
  name: 'agendaItem',
  group: 'topLevel',
  content: 'agendaTitle (block | itemBlock | subItem)*',
  defining: true,
  isolating: true,
  draggable: true,

  addOptions() {
    return { HTMLAttributes: {} }
  },

  addAttributes() {
    return {
      ...agendaItemAttributes,
      /** Minutes planned for the item on the agenda, or null. */
      plannedMinutes: {
        default: null,
        parseHTML: (element) => {
          const value = Number.parseInt(element.getAttribute('data-planned-minutes') ?? '', 10)
          return Number.isInteger(value) && value > 0 ? value : null
        },
        renderHTML: (attributes) =>
          typeof attributes.plannedMinutes === 'number'
            ? { 'data-planned-minutes': String(attributes.plannedMinutes) }
            : {},
      },
    }
  },

  parseHTML() {
    return [{ tag: 'section[data-type="agenda-item"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return [
      'section',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
        'data-type': 'agenda-item',
      }),
      0,
    ]
  },

  addCommands() {
    return {
      insertAgendaItem:
        (options) =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection
          const insertAt = $from.depth === 0 ? state.doc.content.size : $from.after(1)
          if (!dispatch) return true
          const node = state.schema.nodeFromJSON(createItemNode('agendaItem', options))
          tr.insert(insertAt, node)
          // Place the cursor at the end of the new title line (title starts at insertAt + 2).
          const titleEnd = insertAt + 2 + (node.firstChild?.content.size ?? 0)
          tr.setSelection(TextSelection.create(tr.doc, titleEnd))
          tr.scrollIntoView()
          return true
        },
      moveItem:
        (direction) =>
        ({ state, tr, dispatch }) =>
          moveItem(state, tr, direction, Boolean(dispatch)),
      setAgendaItemKind:
        (kind) =>
        ({ state, tr, dispatch }) => {
          const { $from } = state.selection
          for (let depth = $from.depth; depth > 0; depth--) {
            const node = $from.node(depth)
            if (node.type.name !== 'agendaItem' && node.type.name !== 'subItem') continue
            if (dispatch) tr.setNodeAttribute($from.before(depth), 'kind', kind)
            return true
          }
          return false
        },
    }
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Shift-Enter': () => this.editor.commands.insertAgendaItem(),
      'Alt-ArrowUp': () => this.editor.commands.moveItem('up'),
      'Alt-ArrowDown': () => this.editor.commands.moveItem('down'),
    }
  },
})
