import type { Editor } from '@tiptap/core'
import * as Y from 'yjs'

/** The Y.Doc the editor is bound to (the Collaboration extension's `document`), or null. */
export function collabDoc(editor: Editor): Y.Doc | null {
  const collaboration = editor.extensionManager.extensions.find(
    (extension) => extension.name === 'collaboration',
  )
  const document: unknown = collaboration?.options.document
  return document instanceof Y.Doc ? document : null
}
