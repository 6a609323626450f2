import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { EditorState, Selection, Transaction } from '@tiptap/pm/state'
import { NodeSelection, TextSelection } from '@tiptap/pm/state'
import { swapSiblings } from './swapSiblings'

export type MoveDirection = 'up' | 'down'

const MOVABLE = new Set(['agendaItem', 'subItem', 'sectionHeading'])

interface Movable {
  parent: ProseMirrorNode
  /** Position where the parent's content starts. */
  contentStart: number
  index: number
  /** Position right before the movable node. */
  start: number
}

/** The innermost movable node around the selection, or the movable node it selects. */
function findMovable(selection: Selection): Movable | null {
  const { $from } = selection
  if (selection instanceof NodeSelection && MOVABLE.has(selection.node.type.name)) {
    return {
      parent: $from.parent,
      contentStart: $from.start(),
      index: $from.index(),
      start: $from.pos,
    }
  }
  for (let depth = $from.depth; depth > 0; depth--) {
    if (!MOVABLE.has($from.node(depth).type.name)) continue
    return {
      parent: $from.node(depth - 1),
      contentStart: $from.start(depth - 1),
      index: $from.index(depth - 1),
      start: $from.before(depth),
    }
  }
  return null
}

/**
 * Moves the agenda item, sub-item or section heading around (or selected by) the selection one
 * place up or down among its siblings. Returns false when there is nothing to move or no room to
 * move it. The selection stays on the moved item.
 */
export function moveItem(
  state: EditorState,
  tr: Transaction,
  direction: MoveDirection,
  dispatch: boolean,
): boolean {
  const found = findMovable(state.selection)
  if (!found) return false
  const { parent, contentStart, index, start } = found
  const target = direction === 'up' ? index - 1 : index + 1
  // Index 0 of an agenda item is its title line: a sub-item cannot move above it.
  const lowest = parent.type.name === 'agendaItem' ? 1 : 0
  if (target < lowest || target >= parent.childCount) return false
  if (!dispatch) return true
  const sibling = parent.child(target)
  swapSiblings(tr, parent, contentStart, Math.min(index, target))
  const newStart = direction === 'up' ? start - sibling.nodeSize : start + sibling.nodeSize
  if (state.selection instanceof NodeSelection) {
    tr.setSelection(NodeSelection.create(tr.doc, newStart))
  } else {
    const offset = state.selection.from - start
    tr.setSelection(TextSelection.near(tr.doc.resolve(newStart + offset)))
  }
  tr.scrollIntoView()
  return true
}
