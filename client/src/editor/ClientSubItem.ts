import { SubItem } from '@referat/shared'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { rerenderOnAttrsChange } from './rerenderOnAttrsChange'
import { stringAttributes } from './stringAttributes'
import { SubItemView } from './SubItemView'

/** The shared `subItem` node with the client's React view (`section[data-type="sub-item"]`). */
export const ClientSubItem = SubItem.extend({
  addNodeView() {
    return ReactNodeViewRenderer(SubItemView, {
      update: rerenderOnAttrsChange,
      as: 'section',
      attrs: ({ HTMLAttributes }) => ({
        ...stringAttributes(HTMLAttributes),
        'data-type': 'sub-item',
      }),
    })
  },
})
