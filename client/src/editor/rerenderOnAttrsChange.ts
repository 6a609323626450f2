import type { ReactNodeViewRendererOptions } from '@tiptap/react'
import { shallowEqual } from './shallowEqual'

/**
 * `update` of our React node views: re-render only when the node's attributes changed. The views
 * show attributes only (their content is ProseMirror's), yet by default Tiptap re-renders a view
 * whenever its node changes, so every keystroke re-rendered the agenda item (and decision, task)
 * holding the caret and with it Tiptap's list of every node view's portal: about a millisecond
 * per keystroke in a 300-item meeting. (`ItemGutter` copes with a node prop that is out of date.)
 */
export const rerenderOnAttrsChange: NonNullable<ReactNodeViewRendererOptions['update']> = ({
  oldNode,
  newNode,
  updateProps,
}) => {
  if (oldNode.type !== newNode.type) return false
  if (!shallowEqual(oldNode.attrs, newNode.attrs)) updateProps()
  return true
}
