import { numberAgenda, type NumberableNode, type NumberingOptions } from '@referat/shared'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

const asNumberable = (node: ProseMirrorNode): NumberableNode => ({
  type: node.type.name,
  content:
    node.type.name === 'agendaItem'
      ? node.children.map((child) => ({ type: child.type.name }))
      : undefined,
})

/**
 * Node decorations that put each agenda item's number ("3.", "Sak 38/25") and each
 * sub-item's letter ("a.") in a `data-number` attribute, for CSS to show before the title.
 */
export function buildNumberDecorations(
  doc: ProseMirrorNode,
  options: NumberingOptions,
): DecorationSet {
  const offsets: number[] = []
  doc.forEach((_node, offset) => offsets.push(offset))
  const decorations: Decoration[] = []
  for (const item of numberAgenda(doc.children.map(asNumberable), options)) {
    const node = doc.child(item.index)
    const pos = offsets[item.index] ?? 0
    decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-number': item.label }))
    if (item.subItems.length === 0) continue
    const childOffsets: number[] = []
    node.forEach((_child, offset) => childOffsets.push(offset))
    for (const sub of item.subItems) {
      const subPos = pos + 1 + (childOffsets[sub.index] ?? 0)
      const subNode = node.child(sub.index)
      decorations.push(
        Decoration.node(subPos, subPos + subNode.nodeSize, { 'data-number': sub.label }),
      )
    }
  }
  return DecorationSet.create(doc, decorations)
}
