import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useI18n } from '../i18n/useI18n'
import { ItemGutter } from './ItemGutter'

/** A sub-item (a, b, c …): move buttons (for editors) beside its editable content. */
export function SubItemView({ editor, getPos, node }: ReactNodeViewProps) {
  const { t } = useI18n()
  return (
    <NodeViewWrapper className="item-body">
      {editor.isEditable && (
        <ItemGutter
          editor={editor}
          node={node}
          getPos={getPos}
          upLabel={t.moveSubItemUp}
          downLabel={t.moveSubItemDown}
        />
      )}
      <NodeViewContent className="item-content" />
    </NodeViewWrapper>
  )
}
