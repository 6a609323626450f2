import type { Editor } from '@tiptap/core'
import { useState, type KeyboardEvent } from 'react'
import { useI18n } from '../i18n/useI18n'
import { LinkDialog } from './LinkDialog'
import { memoizeLast } from './memoizeLast'
import { shallowEqual } from './shallowEqual'
import { ToolbarButton } from './ToolbarButton'
import { useEditorValueAfterPaint } from './useEditorValue'

/** Moves focus between toolbar buttons with the arrow keys, Home and End (WAI-ARIA toolbar). */
const onToolbarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
  const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End']
  if (!keys.includes(event.key) || !(event.target instanceof HTMLButtonElement)) return
  const buttons = Array.from(
    event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)'),
  )
  const index = buttons.indexOf(document.activeElement as HTMLButtonElement)
  const last = buttons.length - 1
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? last
        : event.key === 'ArrowRight'
          ? (index + 1) % buttons.length
          : (index - 1 + buttons.length) % buttons.length
  buttons[next]?.focus()
  event.preventDefault()
}

/** What the toolbar shows; read again only when the document, selection or marks changed. */
const toolbarStateOf = memoizeLast(
  (e: Editor, _doc: unknown, _selection: unknown, _storedMarks: unknown) => ({
    bold: e.isActive('bold'),
    italic: e.isActive('italic'),
    bulletList: e.isActive('bulletList'),
    orderedList: e.isActive('orderedList'),
    link: e.isActive('link'),
    canItem: e.can().insertAgendaItem(),
    canSubItem: e.can().insertSubItem(),
    canSection: e.can().insertSectionHeading(),
    canBold: e.can().toggleBold(),
    canItalic: e.can().toggleItalic(),
    canBulletList: e.can().toggleBulletList(),
    canOrderedList: e.can().toggleOrderedList(),
    canLink: e.can().setLink({ href: 'https://example.org' }),
    canUp: e.can().moveItem('up'),
    canDown: e.can().moveItem('down'),
    canUndo: e.can().undo(),
    canRedo: e.can().redo(),
  }),
)

/** The editor's toolbar: agenda structure, inline formatting, lists, links, moving, undo. */
export function Toolbar({ editor }: { editor: Editor }) {
  const { t } = useI18n()
  const [linkHref, setLinkHref] = useState<string | null>(null)
  const state = useEditorValueAfterPaint(
    editor,
    (e) => toolbarStateOf(e, e.state.doc, e.state.selection, e.state.storedMarks),
    shallowEqual,
  )

  const run = () => editor.chain().focus()

  const openLinkDialog = () => {
    const href: unknown = editor.getAttributes('link').href
    setLinkHref(typeof href === 'string' ? href : '')
  }

  const applyLink = (href: string) => {
    setLinkHref(null)
    const chain = run().extendMarkRange('link')
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain
        .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
        .run()
    } else {
      chain.setLink({ href }).run()
    }
  }

  const removeLink = () => {
    setLinkHref(null)
    run().extendMarkRange('link').unsetLink().run()
  }

  return (
    <>
      <div
        className="toolbar"
        role="toolbar"
        aria-label={t.toolbarLabel}
        aria-controls="minutes-editor"
        data-testid="toolbar"
        onKeyDown={onToolbarKeyDown}
      >
        <div className="toolbar-group">
          <ToolbarButton
            label={t.insertItem}
            icon="plus"
            showLabel
            shortcut="Mod-Shift-Enter"
            disabled={!state.canItem}
            testId="btn-insert-item"
            onClick={() => run().insertAgendaItem().run()}
          />
          <ToolbarButton
            label={t.insertSubItem}
            icon="subItem"
            showLabel
            shortcut="Mod-Alt-Enter"
            disabled={!state.canSubItem}
            testId="btn-insert-subitem"
            onClick={() => run().insertSubItem().run()}
          />
          <ToolbarButton
            label={t.insertSection}
            icon="heading"
            showLabel
            shortcut="Mod-Alt-h"
            disabled={!state.canSection}
            testId="btn-insert-section"
            onClick={() => run().insertSectionHeading().run()}
          />
        </div>
        <div className="toolbar-group">
          <ToolbarButton
            label={t.bold}
            glyph="B"
            shortcut="Mod-b"
            pressed={state.bold}
            disabled={!state.canBold}
            testId="btn-bold"
            onClick={() => run().toggleBold().run()}
          />
          <ToolbarButton
            label={t.italic}
            glyph="I"
            shortcut="Mod-i"
            pressed={state.italic}
            disabled={!state.canItalic}
            testId="btn-italic"
            onClick={() => run().toggleItalic().run()}
          />
          <ToolbarButton
            label={t.link}
            icon="link"
            pressed={state.link}
            disabled={!state.canLink}
            testId="btn-link"
            onClick={openLinkDialog}
          />
        </div>
        <div className="toolbar-group">
          <ToolbarButton
            label={t.bulletList}
            icon="bulletList"
            shortcut="Mod-Shift-8"
            pressed={state.bulletList}
            disabled={!state.canBulletList}
            testId="btn-bullet-list"
            onClick={() => run().toggleBulletList().run()}
          />
          <ToolbarButton
            label={t.orderedList}
            icon="orderedList"
            shortcut="Mod-Shift-7"
            pressed={state.orderedList}
            disabled={!state.canOrderedList}
            testId="btn-ordered-list"
            onClick={() => run().toggleOrderedList().run()}
          />
        </div>
        <div className="toolbar-group">
          <ToolbarButton
            label={t.moveUp}
            icon="up"
            shortcut="Alt-ArrowUp"
            disabled={!state.canUp}
            testId="btn-move-up"
            onClick={() => run().moveItem('up').run()}
          />
          <ToolbarButton
            label={t.moveDown}
            icon="down"
            shortcut="Alt-ArrowDown"
            disabled={!state.canDown}
            testId="btn-move-down"
            onClick={() => run().moveItem('down').run()}
          />
        </div>
        <div className="toolbar-group">
          <ToolbarButton
            label={t.undo}
            icon="undo"
            shortcut="Mod-z"
            disabled={!state.canUndo}
            testId="btn-undo"
            onClick={() => run().undo().run()}
          />
          <ToolbarButton
            label={t.redo}
            icon="redo"
            shortcut="Mod-Shift-z"
            disabled={!state.canRedo}
            testId="btn-redo"
            onClick={() => run().redo().run()}
          />
        </div>
      </div>
      {linkHref !== null && (
        <LinkDialog
          initialHref={linkHref}
          onApply={applyLink}
          onRemove={removeLink}
          onClose={() => {
            setLinkHref(null)
            editor.commands.focus()
          }}
        />
      )}
    </>
  )
}
