import { Extension } from '@tiptap/core'
import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { AttrStep, ReplaceAroundStep, ReplaceStep, type Step } from '@tiptap/pm/transform'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import { DECISION_RECORD_ATTRS } from './Decision'
import { containsDecidedDecision, isDecidedDecision } from './isDecidedDecision'

export interface DecisionLockStorage {
  /** Whether this editor belongs to the moderator, who may decide and change decided text. */
  canDecide: boolean
}

declare module '@tiptap/core' {
  interface Storage {
    decisionLock: DecisionLockStorage
  }
}

const RECORD_ATTRS = new Set<string>(DECISION_RECORD_ATTRS)

/**
 * Whether a change of `doc` between `from` and `to` reaches into a decided decision. Inserting
 * right before or after a decision (`from === to` at its edge) leaves it alone. Only the nodes
 * around the change are visited, so typing in a long meeting does not walk the whole document.
 */
function reachesDecided(doc: ProseMirrorNode, from: number, to: number): boolean {
  let reached = false
  doc.nodesBetween(from, to, (node, pos) => {
    if (reached) return false
    if (isDecidedDecision(node)) {
      const end = pos + node.nodeSize
      reached = from === to ? pos < from && from < end : from < end && to > pos
      return false
    }
    return node.type.name !== 'paragraph'
  })
  return reached
}

function sliceHasDecided(slice: Slice): boolean {
  let found = false
  slice.content.forEach((node) => {
    if (!found && containsDecidedDecision(node)) found = true
  })
  return found
}

/** Whether a local transaction changes a decided decision, decides one, or inserts one. */
export function touchesDecisions(tr: Transaction): boolean {
  for (let i = 0; i < tr.steps.length; i++) {
    const step = tr.steps[i] as Step
    const doc = tr.docs[i] as ProseMirrorNode
    if (step instanceof AttrStep) {
      const node = doc.nodeAt(step.pos)
      if (node?.type.name === 'decision' && RECORD_ATTRS.has(step.attr)) return true
      continue
    }
    if (step instanceof ReplaceAroundStep) {
      // setNodeMarkup: a decision's attributes, or a wrapper around a decided decision.
      const node = doc.nodeAt(step.from)
      if (node?.type.name === 'decision') {
        const after = step.slice.content.firstChild
        if (after && DECISION_RECORD_ATTRS.some((a) => after.attrs[a] !== node.attrs[a])) {
          return true
        }
      }
    }
    if (step instanceof ReplaceStep || step instanceof ReplaceAroundStep) {
      if (sliceHasDecided(step.slice)) return true
    }
    let touched = false
    step.getMap().forEach((from, to) => {
      if (!touched && reachesDecided(doc, from, to)) touched = true
    })
    if (touched) return true
  }
  return false
}

/**
 * Only the moderator decides: in an editor whose `storage.decisionLock.canDecide` is false,
 * local changes that mark or unmark a decision, change or remove a decided one, or insert one
 * (a paste turns decided decisions into proposals) are refused. The server enforces the same
 * rule; this keeps an honest client from ever sending what the server would reject.
 */
export const DecisionLock = Extension.create<Record<string, never>, DecisionLockStorage>({
  name: 'decisionLock',

  addStorage() {
    return { canDecide: false }
  },

  addProseMirrorPlugins() {
    const storage = this.storage
    return [
      new Plugin({
        key: new PluginKey('decisionLock'),
        filterTransaction: (tr) => {
          if (storage.canDecide || !tr.docChanged) return true
          if (tr.getMeta(ySyncPluginKey)) return true
          return !touchesDecisions(tr)
        },
        props: {
          transformPasted: (slice) => {
            if (storage.canDecide || !sliceHasDecided(slice)) return slice
            const downgrade = (fragment: Fragment): Fragment => {
              const nodes: ProseMirrorNode[] = []
              fragment.forEach((node) => {
                const content = downgrade(node.content)
                nodes.push(
                  isDecidedDecision(node)
                    ? node.type.create(
                        {
                          ...node.attrs,
                          ...Object.fromEntries(DECISION_RECORD_ATTRS.map((a) => [a, null])),
                          state: 'proposed',
                        },
                        content,
                        node.marks,
                      )
                    : node.copy(content),
                )
              })
              return Fragment.from(nodes)
            }
            return new Slice(downgrade(slice.content), slice.openStart, slice.openEnd)
          },
        },
      }),
    ]
  },
})
