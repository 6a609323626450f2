import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { childRoom, type ItemRoom } from './moveRoom'

const WITH_GUTTER = new Set(['agendaItem', 'subItem'])
const roomsByDoc = new WeakMap<ProseMirrorNode, Map<ProseMirrorNode, ItemRoom>>()

function collect(parent: ProseMirrorNode, rooms: Map<ProseMirrorNode, ItemRoom>) {
  parent.forEach((child, _offset, index) => {
    if (!WITH_GUTTER.has(child.type.name)) return
    rooms.set(child, childRoom(parent, index))
    collect(child, rooms)
  })
}

/**
 * The move room of an agenda item or sub-item of `doc`, by its node. Computed once per document
 * state for all the gutters together: each gutter looking up its own position instead cost
 * O(items²) per keystroke in a long meeting. Undefined for a node that is not in `doc`.
 */
export function itemRoom(doc: ProseMirrorNode, node: ProseMirrorNode): ItemRoom | undefined {
  let rooms = roomsByDoc.get(doc)
  if (!rooms) {
    rooms = new Map()
    collect(doc, rooms)
    roomsByDoc.set(doc, rooms)
  }
  return rooms.get(node)
}
