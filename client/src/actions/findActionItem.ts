import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { visitActionItems } from './visitActionItems'

/**
 * Where the `index`-th follow-up task of the referat (in document order) is now: the position of
 * its node and of the end of its text; null when there is no such task any more.
 */
export function findActionItem(
  doc: ProseMirrorNode,
  index: number,
): { pos: number; textEnd: number } | null {
  let found: { pos: number; textEnd: number } | null = null
  visitActionItems(doc, (node, pos, current) => {
    if (current === index) found = { pos, textEnd: pos + 1 + node.content.size }
  })
  return found
}
