import { Node, mergeAttributes } from '@tiptap/core'
import { newId } from '../model/newId'
import { blockIdAttribute } from './blockIdAttribute'
import { insertIntoItem } from './insertIntoItem'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    actionItem: {
      /** Inserts a follow-up task (oppfølging) into the current agenda item. */
      insertActionItem: () => ReturnType
    }
  }
}

/**
 * A follow-up task: its text is the node's content; who is responsible (an attendee id or free
 * text), when it is due (a date or free text such as "uke 12") and whether it is done are attrs.
 */
export const ActionItem = Node.create({
  name: 'actionItem',
  group: 'itemBlock',
  content: 'inline*',
  defining: true,

  addAttributes() {
    return {
      id: blockIdAttribute,
      assignee: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-assignee') ?? '',
        renderHTML: (attributes) =>
          attributes.assignee ? { 'data-assignee': attributes.assignee } : {},
      },
      due: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-due') ?? '',
        renderHTML: (attributes) => (attributes.due ? { 'data-due': attributes.due } : {}),
      },
      done: {
        default: false,
        parseHTML: (element) => element.getAttribute('data-done') === 'true',
        renderHTML: (attributes) => ({ 'data-done': attributes.done ? 'true' : 'false' }),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'div[data-type="action-item"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'action-item' }), 0]
  },

  addCommands() {
    return {
      insertActionItem:
        () =>
        ({ state, tr, dispatch }) =>
          insertIntoItem(state, tr, this.type.create({ id: newId() }), Boolean(dispatch)),
    }
  },
})
