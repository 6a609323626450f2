import { ActionItem } from '@referat/shared'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { ActionItemView } from './ActionItemView'
import { rerenderOnAttrsChange } from './rerenderOnAttrsChange'
import { stringAttributes } from './stringAttributes'

/**
 * The shared `actionItem` node with the client's React view (responsible, due date, done). The
 * outer element is the `div[data-type="action-item"]` the schema renders, so its styles apply.
 */
export const ClientActionItem = ActionItem.extend({
  addNodeView() {
    return ReactNodeViewRenderer(ActionItemView, {
      update: rerenderOnAttrsChange,
      as: 'div',
      attrs: ({ HTMLAttributes }) => ({
        ...stringAttributes(HTMLAttributes),
        'data-type': 'action-item',
      }),
    })
  },
})
