import type { NumberingOptions } from '@referat/shared'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { listAgendaItems } from '../editor/listAgendaItems'
import type { ActionItemEntry } from './ActionItemEntry'

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/**
 * Every follow-up task of a referat with the agenda item it belongs to: open tasks first, then
 * done ones, each in document order.
 */
export function collectActionItems(
  doc: ProseMirrorNode,
  options: NumberingOptions,
): ActionItemEntry[] {
  const entries: ActionItemEntry[] = []
  for (const item of listAgendaItems(doc, options)) {
    const node = doc.nodeAt(item.pos)
    node?.descendants((child, offset) => {
      if (child.type.name !== 'actionItem') return true
      entries.push({
        id: text(child.attrs.id),
        pos: item.pos + 1 + offset,
        size: child.content.size,
        text: child.textContent,
        assignee: text(child.attrs.assignee),
        due: text(child.attrs.due),
        done: child.attrs.done === true,
        itemLabel: item.label,
        itemTitle: item.title,
      })
      return false
    })
  }
  return [...entries.filter((entry) => !entry.done), ...entries.filter((entry) => entry.done)]
}
