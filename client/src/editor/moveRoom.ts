import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/** Whether the node at `pos` can move up or down among its siblings (as `moveItem` allows). */
export function moveRoom(doc: ProseMirrorNode, pos: number): { up: boolean; down: boolean } {
  if (pos < 0 || pos >= doc.content.size) return { up: false, down: false }
  const $pos = doc.resolve(pos)
  const index = $pos.index()
  // Index 0 of an agenda item is its title: nothing moves above it.
  const lowest = $pos.parent.type.name === 'agendaItem' ? 1 : 0
  return { up: index > lowest, down: index < $pos.parent.childCount - 1 }
}
