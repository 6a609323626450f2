import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useI18n } from '../i18n/useI18n'
import { ItemGutter } from './ItemGutter'

/** An agenda item: gutter controls (for editors) beside the item's editable content. */
export function AgendaItemView({ editor, getPos }: ReactNodeViewProps) {
  const { t } = useI18n()
  return (
    <NodeViewWrapper className="item-body">
      {editor.isEditable && (
        <ItemGutter
          editor={editor}
          getPos={getPos}
          dragLabel={t.dragItem}
          upLabel={t.moveItemUp}
          downLabel={t.moveItemDown}
        />
      )}
      <NodeViewContent className="item-content" />
    </NodeViewWrapper>
  )
}
