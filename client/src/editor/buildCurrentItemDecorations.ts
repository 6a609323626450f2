import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Decoration, DecorationSet } from '@tiptap/pm/view'

/** A node decoration with class `is-current` on the agenda item whose `id` is `currentItemId`. */
export function buildCurrentItemDecorations(
  doc: ProseMirrorNode,
  currentItemId: string | null,
): DecorationSet {
  if (!currentItemId) return DecorationSet.empty
  let found: Decoration | null = null
  doc.forEach((node, offset) => {
    if (found || node.type.name !== 'agendaItem' || node.attrs.id !== currentItemId) return
    found = Decoration.node(offset, offset + node.nodeSize, {
      class: 'is-current',
      'aria-current': 'step',
    })
  })
  return found ? DecorationSet.create(doc, [found]) : DecorationSet.empty
}
