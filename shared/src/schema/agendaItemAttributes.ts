import type { Attributes } from '@tiptap/core'
import { blockIdAttribute } from './blockIdAttribute'

/** Kinds of agenda item, as secretariats distinguish them. */
export const AGENDA_ITEM_KINDS = ['approval', 'discussion', 'orientation', 'other'] as const
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number]

export interface AgendaItemAttrs {
  id: string
  kind: AgendaItemKind
}

/** `id` and `kind` as stored on `agendaItem` and `subItem` nodes and as `data-*` in HTML. */
export const agendaItemAttributes: Attributes = {
  id: blockIdAttribute,
  kind: {
    default: 'discussion',
    parseHTML: (element) => {
      const kind = element.getAttribute('data-kind')
      return AGENDA_ITEM_KINDS.includes(kind as AgendaItemKind) ? kind : 'discussion'
    },
    renderHTML: (attributes) => ({ 'data-kind': attributes.kind }),
  },
}
