import { Decision } from '@referat/shared'
import { ReactNodeViewRenderer } from '@tiptap/react'
import { DecisionView } from './DecisionView'
import { rerenderOnAttrsChange } from './rerenderOnAttrsChange'
import { stringAttributes } from './stringAttributes'

/**
 * The shared `decision` node with the client's React view (label, decide buttons, record). The
 * outer element keeps the schema's `div[data-type="decision"]` and its `data-state`.
 */
export const ClientDecision = Decision.extend({
  addNodeView() {
    return ReactNodeViewRenderer(DecisionView, {
      update: rerenderOnAttrsChange,
      as: 'div',
      attrs: ({ HTMLAttributes }) => ({
        ...stringAttributes(HTMLAttributes),
        'data-type': 'decision',
        class: 'decision-node',
      }),
    })
  },
})
