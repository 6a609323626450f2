import type { EditorState } from '@tiptap/pm/state'
import { MOVABLE_TYPES } from './MOVABLE_TYPES'

/**
 * Position before the innermost agenda item, sub-item or section heading around the
 * selection (the one `moveItem` would move), or null outside them.
 */
export function innermostMovableStart(state: EditorState): number | null {
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth--) {
    if (MOVABLE_TYPES.has($from.node(depth).type.name)) return $from.before(depth)
  }
  return null
}
