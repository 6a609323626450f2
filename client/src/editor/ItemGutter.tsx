import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { MoveDirection } from '@referat/shared'
import type { ReactNode } from 'react'
import { Icon } from '../components/Icon'
import { innermostMovableStart } from './innermostMovableStart'
import { itemRoom } from './itemRoom'
import { moveRoom, roomOf } from './moveRoom'
import { useEditorValue } from './useEditorValue'

interface ItemGutterProps {
  editor: Editor
  /** The item's node, as its node view last got it. */
  node: ProseMirrorNode
  getPos: () => number | undefined
  /** Label of the drag handle; no handle without it. */
  dragLabel?: string
  upLabel: string
  downLabel: string
  /** More controls, before the drag handle (e.g. "make current" for the moderator). */
  children?: ReactNode
}

const NO_ROOM = roomOf(false, false)

/**
 * The controls beside an agenda item or sub-item: a drag handle and move up/down buttons.
 * The buttons are left out of the tab order (they repeat for every item); keyboard users move
 * items with Alt+↑/↓ or the toolbar, as the button titles say.
 */
export function ItemGutter({
  editor,
  node,
  getPos,
  dragLabel,
  upLabel,
  downLabel,
  children,
}: ItemGutterProps) {
  const room = useEditorValue(editor, (current) => {
    const found = itemRoom(current.state.doc, node)
    if (found) return found
    // The node view has not been given its new node yet: look the position up.
    const pos = getPos()
    return typeof pos === 'number' ? moveRoom(current.state.doc, pos) : NO_ROOM
  })

  const move = (direction: MoveDirection) => {
    const pos = getPos()
    if (typeof pos !== 'number') return
    // Keep the caret where it is when it is already in this item; else put it in the title.
    const chain = editor.chain().focus(undefined, { scrollIntoView: false })
    const positioned =
      innermostMovableStart(editor.state) === pos ? chain : chain.setTextSelection(pos + 2)
    positioned.moveItem(direction).run()
  }

  return (
    <div className="item-gutter" contentEditable={false}>
      {children}
      {dragLabel && (
        <span className="drag-handle" data-drag-handle="" draggable="true" title={dragLabel}>
          <Icon name="grip" size={16} />
        </span>
      )}
      <button
        type="button"
        className="gutter-button"
        tabIndex={-1}
        aria-label={upLabel}
        title={`${upLabel} (Alt+↑)`}
        disabled={!room.up}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => move('up')}
      >
        <Icon name="up" size={15} />
      </button>
      <button
        type="button"
        className="gutter-button"
        tabIndex={-1}
        aria-label={downLabel}
        title={`${downLabel} (Alt+↓)`}
        disabled={!room.down}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => move('down')}
      >
        <Icon name="down" size={15} />
      </button>
    </div>
  )
}
