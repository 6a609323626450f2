import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/** Whether `node` is a decision the moderator has marked decided. */
export function isDecidedDecision(node: ProseMirrorNode): boolean {
  return node.type.name === 'decision' && node.attrs.state === 'decided'
}

/** Whether `node` is or contains a decided decision. */
export function containsDecidedDecision(node: ProseMirrorNode): boolean {
  if (isDecidedDecision(node)) return true
  let found = false
  node.descendants((child) => {
    if (found) return false
    if (isDecidedDecision(child)) found = true
    return !found && child.type.name !== 'paragraph'
  })
  return found
}
