import type { JSONContent } from '@tiptap/core'
import { newId } from '../model/newId'
import type { AgendaItemKind } from './agendaItemAttributes'

export interface NewItemOptions {
  title?: string
  kind?: AgendaItemKind
}

/** JSON for a new agenda item or sub-item: a title line and one empty paragraph. */
export function createItemNode(
  type: 'agendaItem' | 'subItem',
  { title = '', kind = 'discussion' }: NewItemOptions = {},
): JSONContent {
  return {
    type,
    attrs: { id: newId(), kind },
    content: [
      { type: 'agendaTitle', content: title ? [{ type: 'text', text: title }] : [] },
      { type: 'paragraph' },
    ],
  }
}
