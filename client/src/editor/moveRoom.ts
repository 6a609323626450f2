import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/** Whether an item can move up or down among its siblings (as `moveItem` allows). */
export interface ItemRoom {
  up: boolean
  down: boolean
}

/** One object per answer, so that an unchanged room is the same object (`Object.is`). */
const ROOMS: readonly ItemRoom[] = [
  { up: false, down: false },
  { up: false, down: true },
  { up: true, down: false },
  { up: true, down: true },
]

/** The one `ItemRoom` object for this answer. */
export const roomOf = (up: boolean, down: boolean): ItemRoom =>
  ROOMS[(up ? 2 : 0) + (down ? 1 : 0)] as ItemRoom

/**
 * Whether the child at index `index` of `parent` can move up or down among its siblings. Index 0
 * of an agenda item is its title: nothing moves above it.
 */
export function childRoom(parent: ProseMirrorNode, index: number): ItemRoom {
  const lowest = parent.type.name === 'agendaItem' ? 1 : 0
  return roomOf(index > lowest, index < parent.childCount - 1)
}

/** Whether the node at `pos` can move up or down among its siblings (as `moveItem` allows). */
export function moveRoom(doc: ProseMirrorNode, pos: number): ItemRoom {
  if (pos < 0 || pos >= doc.content.size) return roomOf(false, false)
  const $pos = doc.resolve(pos)
  return childRoom($pos.parent, $pos.index())
}
