import { AgendaItem } from '@referat/shared'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { AgendaItemView } from './AgendaItemView'
import { rerenderOnAttrsChange } from './rerenderOnAttrsChange'
import { stringAttributes } from './stringAttributes'

/**
 * The shared `agendaItem` node with the client's React view. The outer element is the
 * `section[data-type="agenda-item"]` the schema renders, so the numbering decoration's
 * `data-number` lands on it.
 */
export const ClientAgendaItem = AgendaItem.extend({
  addNodeView() {
    return ReactNodeViewRenderer(AgendaItemView, {
      update: rerenderOnAttrsChange,
      as: 'section',
      attrs: ({ HTMLAttributes }) => ({
        ...stringAttributes(HTMLAttributes),
        'data-type': 'agenda-item',
      }),
    })
  },
})
