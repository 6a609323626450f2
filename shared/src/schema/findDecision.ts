import type { Node as ProseMirrorNode, ResolvedPos } from '@tiptap/pm/model'

/** Position of the decision with `id`, or else of the decision around `$pos`; null if none. */
export function findDecision(doc: ProseMirrorNode, $pos: ResolvedPos, id?: string): number | null {
  if (id) {
    let found: number | null = null
    doc.descendants((node, pos) => {
      if (found !== null) return false
      if (node.type.name === 'decision' && node.attrs.id === id) found = pos
      return node.type.name !== 'paragraph'
    })
    return found
  }
  for (let depth = $pos.depth; depth > 0; depth--) {
    if ($pos.node(depth).type.name === 'decision') return $pos.before(depth)
  }
  const after = $pos.nodeAfter
  return after?.type.name === 'decision' ? $pos.pos : null
}
