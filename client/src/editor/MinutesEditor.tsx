import { DocLayout, type Language, type NumberingOptions } from '@referat/shared'
import type { Editor } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import { EditorContent, useEditor } from '@tiptap/react'
import { memo, useEffect, useMemo, type CSSProperties } from 'react'
import type { MeetingConnection } from '../collab/MeetingConnection'
import type { PresenceUser } from '../collab/PresenceUser'
import { documentLabels } from '../i18n/documentLabels'
import { useI18n } from '../i18n/useI18n'
import { clientExtensions } from './clientExtensions'
import { hideEditingHostFromReact } from './hideEditingHostFromReact'
import { MinutesContext, type MinutesContextValue } from './MinutesContext'
import { CurrentItemShortcut } from './CurrentItemShortcut'
import { remoteCaretAwareness } from './remoteCaretAwareness'
import { renderCaret } from './renderCaret'
import { Toolbar } from './Toolbar'

interface MinutesEditorProps {
  connection: MeetingConnection
  editable: boolean
  user: PresenceUser
  numbering: NumberingOptions
  /** The language the minutes are written in (the meeting's), for `lang` and labels. */
  contentLanguage: Language
  /** Called with the editor instance (again when it is rebuilt), for panels beside it. */
  onEditor?: (editor: Editor) => void
  /** Whether this user may mark decisions decided (moderator, organizer). */
  canDecide?: boolean
}

const cssString = (text: string) => JSON.stringify(text)

const editorAttributes = (editable: boolean): Record<string, string> => ({
  id: 'minutes-editor',
  class: 'minutes-editor',
  role: 'textbox',
  'aria-multiline': 'true',
  'aria-readonly': String(!editable),
  'data-testid': 'editor',
  spellcheck: 'true',
})

/**
 * The live minutes: a Tiptap editor bound to the meeting's Y.Doc body, with named carets of the
 * others. It never inserts content itself: the server creates the meeting's first content.
 * Memoized: the page around it re-renders on every save and connection status change.
 */
export const MinutesEditor = memo(function MinutesEditor({
  connection,
  editable,
  user,
  numbering,
  contentLanguage,
  onEditor,
  canDecide = false,
}: MinutesEditorProps) {
  const { t } = useI18n()
  const editor = useEditor(
    {
      extensions: [
        ...clientExtensions,
        Collaboration.configure({ document: connection.doc, field: DocLayout.body }),
        CurrentItemShortcut.configure({ doc: connection.doc }),
        CollaborationCaret.configure({
          provider: { awareness: remoteCaretAwareness(connection.provider.awareness) },
          user,
          render: renderCaret,
        }),
      ],
      editable,
      // The CSP allows no inline <style>; Tiptap's CSS is in styles/prosemirror.css.
      injectCSS: false,
      editorProps: {
        attributes: { ...editorAttributes(editable), 'aria-label': t.editorLabel },
      },
      onBeforeCreate: ({ editor: created }) => {
        created.storage.decisionLock.canDecide = canDecide
      },
    },
    [connection, editable, canDecide],
  )

  useEffect(() => {
    // Only the label depends on the UI language; the editor itself is not rebuilt for it.
    editor.setOptions({
      editorProps: {
        ...editor.options.editorProps,
        attributes: { ...editorAttributes(editable), 'aria-label': t.editorLabel },
      },
    })
  }, [editor, editable, t.editorLabel])

  useEffect(() => {
    let undo = () => {}
    const hide = () => {
      undo()
      undo = hideEditingHostFromReact(editor.view.dom)
    }
    // `isDestroyed` is true while the editor has no view (not mounted yet, or unmounted).
    if (!editor.isDestroyed) hide()
    editor.on('mount', hide)
    return () => {
      editor.off('mount', hide)
      undo()
    }
  }, [editor])

  useEffect(() => {
    onEditor?.(editor)
  }, [editor, onEditor])

  useEffect(() => {
    editor.commands.setAgendaNumbering({
      style: numbering.style,
      start: numbering.start,
      year: numbering.year,
      language: numbering.language,
    })
  }, [editor, numbering.style, numbering.start, numbering.year, numbering.language])

  const labels = documentLabels[contentLanguage]
  const style = useMemo(
    () =>
      ({
        '--label-decision-proposed': cssString(labels.decisionProposed),
        '--label-decision-decided': cssString(labels.decisionDecided),
        '--label-action-item': cssString(labels.actionItem),
        '--placeholder-item-title': cssString(t.placeholderItemTitle),
        '--placeholder-subitem-title': cssString(t.placeholderSubItemTitle),
        '--placeholder-section': cssString(t.placeholderSection),
        '--placeholder-paragraph': cssString(t.placeholderParagraph),
        '--placeholder-decision': cssString(t.placeholderDecision),
        '--placeholder-action-item': cssString(t.placeholderActionItem),
      }) as CSSProperties,
    [labels, t],
  )

  const context = useMemo<MinutesContextValue>(
    () => ({ canDecide, userName: user.name, contentLanguage, doc: connection.doc }),
    [canDecide, user.name, contentLanguage, connection.doc],
  )

  return (
    <div className="minutes" data-numbering={numbering.style} style={style}>
      {editable && <Toolbar editor={editor} />}
      <div className="minutes-page" lang={contentLanguage}>
        <MinutesContext.Provider value={context}>
          <EditorContent editor={editor} />
        </MinutesContext.Provider>
      </div>
    </div>
  )
})
