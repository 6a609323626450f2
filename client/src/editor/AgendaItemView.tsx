import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useI18n } from '../i18n/useI18n'
import { ItemGutter } from './ItemGutter'
import { ItemTiming } from './ItemTiming'
import { LastEditedNote } from './LastEditedNote'
import { SetCurrentButton } from './SetCurrentButton'

/** An agenda item: gutter controls (for editors) beside the item's editable content. */
export function AgendaItemView({ editor, getPos, node, updateAttributes }: ReactNodeViewProps) {
  const { t } = useI18n()
  const itemId = typeof node.attrs.id === 'string' ? node.attrs.id : null
  const planned = typeof node.attrs.plannedMinutes === 'number' ? node.attrs.plannedMinutes : null
  return (
    <NodeViewWrapper className="item-body">
      {editor.isEditable && (
        <ItemGutter
          editor={editor}
          node={node}
          getPos={getPos}
          dragLabel={t.dragItem}
          upLabel={t.moveItemUp}
          downLabel={t.moveItemDown}
        >
          <SetCurrentButton editor={editor} itemId={itemId} />
        </ItemGutter>
      )}
      {itemId && (
        <ItemTiming
          editor={editor}
          itemId={itemId}
          plannedMinutes={planned}
          onPlan={(minutes) => updateAttributes({ plannedMinutes: minutes })}
        />
      )}
      <NodeViewContent className="item-content" />
      <LastEditedNote itemId={typeof node.attrs.id === 'string' ? node.attrs.id : null} />
    </NodeViewWrapper>
  )
}
