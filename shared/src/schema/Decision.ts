import { Node, mergeAttributes } from '@tiptap/core'
import { newId } from '../model/newId'
import { blockIdAttribute } from './blockIdAttribute'
import { findDecision } from './findDecision'
import { insertIntoItem } from './insertIntoItem'

export const DECISION_STATES = ['proposed', 'decided'] as const
export type DecisionState = (typeof DECISION_STATES)[number]

/** Votes for, against and blank; a decision without one was unanimous. */
export interface DecisionVote {
  for: number
  against: number
  blank: number
}

/** Attributes that record the decision itself: only a moderator may change them. */
export const DECISION_RECORD_ATTRS = [
  'state',
  'decidedBy',
  'decidedAt',
  'votesFor',
  'votesAgainst',
  'votesBlank',
] as const

const voteAttribute = (attr: string, dataName: string) => ({
  default: null,
  parseHTML: (element: { getAttribute(name: string): string | null }) => {
    const value = Number.parseInt(element.getAttribute(dataName) ?? '', 10)
    return Number.isInteger(value) && value >= 0 ? value : null
  },
  renderHTML: (attributes: Record<string, unknown>) =>
    typeof attributes[attr] === 'number' ? { [dataName]: String(attributes[attr]) } : {},
})

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    decision: {
      /** Inserts a proposed decision ("Forslag til vedtak") into the current agenda item. */
      insertDecision: () => ReturnType
      /**
       * Marks the decision around the selection (or with `id`) decided by `by`, now, with an
       * optional vote count (none = unanimous). Only a moderator's editor may (`DecisionLock`).
       */
      markDecided: (options: { by: string; id?: string; vote?: DecisionVote | null }) => ReturnType
      /** Turns the decision around the selection (or with `id`) back into a proposal. */
      undoDecided: (options?: { id?: string }) => ReturnType
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
      votesFor: voteAttribute('votesFor', 'data-votes-for'),
      votesAgainst: voteAttribute('votesAgainst', 'data-votes-against'),
      votesBlank: voteAttribute('votesBlank', 'data-votes-blank'),
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
      markDecided:
        ({ by, id, vote }) =>
        ({ state, tr, dispatch }) => {
          const pos = findDecision(state.doc, state.selection.$from, id)
          if (pos === null || !by.trim()) return false
          if (dispatch) {
            const node = state.doc.nodeAt(pos)
            tr.setNodeMarkup(pos, undefined, {
              ...node?.attrs,
              state: 'decided',
              decidedBy: by.trim(),
              decidedAt: new Date().toISOString(),
              votesFor: vote?.for ?? null,
              votesAgainst: vote?.against ?? null,
              votesBlank: vote?.blank ?? null,
            })
          }
          return true
        },
      undoDecided:
        ({ id } = {}) =>
        ({ state, tr, dispatch }) => {
          const pos = findDecision(state.doc, state.selection.$from, id)
          if (pos === null) return false
          if (dispatch) {
            const node = state.doc.nodeAt(pos)
            tr.setNodeMarkup(pos, undefined, {
              ...node?.attrs,
              state: 'proposed',
              decidedBy: null,
              decidedAt: null,
              votesFor: null,
              votesAgainst: null,
              votesBlank: null,
            })
          }
          return true
        },
    }
  },
})
