import type { EditorState, Transaction } from '@tiptap/pm/state'
import { TextSelection } from '@tiptap/pm/state'
import { swapSiblings } from './swapSiblings'

export type MoveDirection = 'up' | 'down'

const MOVABLE = new Set(['agendaItem', 'subItem', 'sectionHeading'])

/**
 * Moves the agenda item, sub-item or section heading around the selection one place up or down
 * among its siblings. Returns false when there is nothing to move or no room to move it.
 * The selection stays on the moved item.
 */
export function moveItem(
  state: EditorState,
  tr: Transaction,
  direction: MoveDirection,
  dispatch: boolean,
): boolean {
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth)
    if (!MOVABLE.has(node.type.name)) continue
    const parent = $from.node(depth - 1)
    const index = $from.index(depth - 1)
    const target = direction === 'up' ? index - 1 : index + 1
    // Index 0 of an agenda item is its title line: a sub-item cannot move above it.
    const lowest = parent.type.name === 'agendaItem' ? 1 : 0
    if (target < lowest || target >= parent.childCount) return false
    if (!dispatch) return true
    const itemStart = $from.before(depth)
    const offset = state.selection.from - itemStart
    const sibling = parent.child(target)
    swapSiblings(tr, parent, $from.start(depth - 1), Math.min(index, target))
    const newItemStart =
      direction === 'up' ? itemStart - sibling.nodeSize : itemStart + sibling.nodeSize
    tr.setSelection(TextSelection.near(tr.doc.resolve(newItemStart + offset)))
    tr.scrollIntoView()
    return true
  }
  return false
}
