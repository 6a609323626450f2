import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import { containsDecidedDecision } from './isDecidedDecision'

/**
 * Swaps the children at `index` and `index + 1` of the node whose content starts at
 * `contentStart`. The smaller of the two is the one deleted and re-inserted: in a Yjs document a
 * moved node is a new node, so moving the smaller one loses the least of what others are typing
 * concurrently. A node holding a decided decision is never the one re-inserted when the other is
 * free of them (re-creating a decided decision is the moderator's alone). Positions inside the
 * node that stays are mapped by the transaction.
 */
export function swapSiblings(
  tr: Transaction,
  parent: ProseMirrorNode,
  contentStart: number,
  index: number,
): void {
  const first = parent.child(index)
  const second = parent.child(index + 1)
  let firstStart = contentStart
  for (let i = 0; i < index; i++) firstStart += parent.child(i).nodeSize
  const secondStart = firstStart + first.nodeSize
  const secondEnd = secondStart + second.nodeSize
  const firstLocked = containsDecidedDecision(first)
  const secondLocked = containsDecidedDecision(second)
  const moveFirst = firstLocked === secondLocked ? first.nodeSize <= second.nodeSize : secondLocked
  if (moveFirst) {
    tr.insert(secondEnd, first)
    tr.delete(firstStart, secondStart)
  } else {
    tr.delete(secondStart, secondEnd)
    tr.insert(firstStart, second)
  }
}
