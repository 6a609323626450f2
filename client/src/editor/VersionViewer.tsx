import { numberingOptions } from '@referat/shared'
import type { JSONContent } from '@tiptap/core'
import type { MeetingMeta } from '@referat/shared'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useMemo, type CSSProperties } from 'react'
import { documentLabels } from '../i18n/documentLabels'
import { clientExtensions } from './clientExtensions'
import { MinutesContext, type MinutesContextValue } from './MinutesContext'

interface VersionViewerProps {
  meta: MeetingMeta
  /** The body as ProseMirror JSON. */
  content: JSONContent
}

const cssString = (text: string) => JSON.stringify(text)

/**
 * A finalized version of the minutes, read-only and not connected to anyone: the same schema
 * and views as the live editor, numbered as the version's header says.
 */
export function VersionViewer({ meta, content }: VersionViewerProps) {
  const editor = useEditor(
    {
      extensions: clientExtensions,
      content,
      editable: false,
      // The CSP allows no inline <style>; Tiptap's CSS is in styles/prosemirror.css.
      injectCSS: false,
      editorProps: {
        attributes: {
          class: 'minutes-editor',
          'data-testid': 'version-editor',
        },
      },
    },
    [content],
  )

  useEffect(() => {
    editor.commands.setAgendaNumbering(numberingOptions(meta))
  }, [editor, meta])

  const labels = documentLabels[meta.language]
  const style = {
    '--label-decision-proposed': cssString(labels.decisionProposed),
    '--label-decision-decided': cssString(labels.decisionDecided),
    '--label-action-item': cssString(labels.actionItem),
  } as CSSProperties
  const context = useMemo<MinutesContextValue>(
    () => ({ canDecide: false, userName: '', contentLanguage: meta.language, doc: null }),
    [meta.language],
  )

  return (
    <div className="minutes" data-numbering={meta.numbering} style={style}>
      <div className="minutes-page" lang={meta.language}>
        <MinutesContext.Provider value={context}>
          <EditorContent editor={editor} />
        </MinutesContext.Provider>
      </div>
    </div>
  )
}
