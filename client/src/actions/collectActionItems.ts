import type { NumberingOptions } from '@referat/shared'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { listAgendaItems } from '../editor/listAgendaItems'
import type { ActionItemEntry } from './ActionItemEntry'
import { visitActionItems } from './visitActionItems'

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/**
 * Every follow-up task of a referat with the agenda item it belongs to: open tasks first, then
 * done ones, each in document order. The entries hold no document positions, so typing elsewhere
 * leaves them equal and the panel does not re-render.
 */
export function collectActionItems(
  doc: ProseMirrorNode,
  options: NumberingOptions,
): ActionItemEntry[] {
  const items = listAgendaItems(doc, options)
  const entries: ActionItemEntry[] = []
  const seen = new Map<string, number>()
  visitActionItems(doc, (node, _pos, index, agendaItem) => {
    const id = text(node.attrs.id)
    // Ids are unique unless content was copied; a copy still gets a key of its own.
    const copies = seen.get(id) ?? 0
    seen.set(id, copies + 1)
    const item = items[agendaItem]
    entries.push({
      key: copies === 0 ? id : `${id}~${copies}`,
      index,
      id,
      text: node.textContent,
      assignee: text(node.attrs.assignee),
      due: text(node.attrs.due),
      done: node.attrs.done === true,
      itemLabel: item?.label ?? '',
      itemTitle: item?.title ?? '',
    })
  })
  return [...entries.filter((entry) => !entry.done), ...entries.filter((entry) => entry.done)]
}
