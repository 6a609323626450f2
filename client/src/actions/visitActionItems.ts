import type { Node as ProseMirrorNode } from '@tiptap/pm/model'

/** The tasks of one agenda item node with their offsets in it; nodes never change, so cached. */
const tasksOfItem = new WeakMap<ProseMirrorNode, { node: ProseMirrorNode; offset: number }[]>()

function tasksOf(item: ProseMirrorNode) {
  let tasks = tasksOfItem.get(item)
  if (!tasks) {
    const found: { node: ProseMirrorNode; offset: number }[] = []
    item.descendants((child, offset) => {
      if (child.type.name === 'actionItem') found.push({ node: child, offset })
      return child.type.name !== 'actionItem' && child.type.name !== 'paragraph'
    })
    tasks = found
    tasksOfItem.set(item, tasks)
  }
  return tasks
}

/**
 * Calls `visit` for every follow-up task of a referat in document order, with its position, its
 * index in that order and the index of the agenda item it belongs to. Typing changes one agenda
 * item node, so only that item is searched again.
 */
export function visitActionItems(
  doc: ProseMirrorNode,
  visit: (node: ProseMirrorNode, pos: number, index: number, agendaItem: number) => void,
): void {
  let agendaItem = -1
  let index = 0
  doc.forEach((item, itemPos) => {
    if (item.type.name !== 'agendaItem') return
    agendaItem++
    for (const { node, offset } of tasksOf(item))
      visit(node, itemPos + 1 + offset, index++, agendaItem)
  })
}
