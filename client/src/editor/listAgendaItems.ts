import { itemLabel, type NumberingOptions } from '@referat/shared'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { AgendaItemRef } from './AgendaItemRef'

/** The agenda items of a referat in order, numbered as the editor numbers them. */
export function listAgendaItems(doc: ProseMirrorNode, options: NumberingOptions): AgendaItemRef[] {
  const items: AgendaItemRef[] = []
  doc.forEach((node, pos) => {
    if (node.type.name !== 'agendaItem') return
    items.push({
      id: typeof node.attrs.id === 'string' ? node.attrs.id : '',
      pos,
      label: itemLabel(items.length, options),
      title: node.firstChild?.textContent ?? '',
    })
  })
  return items
}
