import { Node, mergeAttributes } from '@tiptap/core'
import { newId } from '../model/newId'
import { blockIdAttribute } from './blockIdAttribute'
import { insertIntoItem } from './insertIntoItem'

export const DECISION_STATES = ['proposed', 'decided'] as const
export type DecisionState = (typeof DECISION_STATES)[number]

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    decision: {
      /** Inserts a proposed decision ("Forslag til vedtak") into the current agenda item. */
      insertDecision: () => ReturnType
    }
  }
}

/**
 * A decision of the meeting inside an agenda item: first proposed, then marked decided by the
 * moderator (who and when are recorded).
 */
export const Decision = Node.create({
  name: 'decision',
  group: 'itemBlock',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    return {
      id: blockIdAttribute,
      state: {
        default: 'proposed',
        parseHTML: (element) =>
          element.getAttribute('data-state') === 'decided' ? 'decided' : 'proposed',
        renderHTML: (attributes) => ({ 'data-state': attributes.state }),
      },
      decidedBy: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-decided-by'),
        renderHTML: (attributes) =>
          attributes.decidedBy ? { 'data-decided-by': attributes.decidedBy } : {},
      },
      decidedAt: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-decided-at'),
        renderHTML: (attributes) =>
          attributes.decidedAt ? { 'data-decided-at': attributes.decidedAt } : {},
      },
    }
  },

  parseHTML() {
    return [{ tag: 'div[data-type="decision"]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-type': 'decision' }), 0]
  },

  addCommands() {
    return {
      insertDecision:
        () =>
        ({ state, tr, dispatch }) => {
          const paragraph = state.schema.nodes.paragraph
          if (!paragraph) return false
          const node = this.type.create({ id: newId() }, paragraph.create())
          return insertIntoItem(state, tr, node, Boolean(dispatch))
        },
    }
  },
})
