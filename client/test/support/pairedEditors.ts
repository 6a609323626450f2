import { DocLayout, schemaExtensions } from '@referat/shared'
import { Editor, type AnyExtension } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import { onTestFinished } from 'vitest'
import * as Y from 'yjs'

/**
 * Two editors (the shared schema, `extensions`, and Collaboration on the body) on two Yjs
 * documents that pass every update to each other at once, as two people in one meeting. Both are
 * destroyed when the test finishes.
 */
export function pairedEditors(extensions: AnyExtension[] = []): [Editor, Editor] {
  const docs = [new Y.Doc(), new Y.Doc()] as const
  docs[0].on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') Y.applyUpdate(docs[1], update, 'peer')
  })
  docs[1].on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') Y.applyUpdate(docs[0], update, 'peer')
  })
  const editors = docs.map(
    (document) =>
      new Editor({
        extensions: [
          ...schemaExtensions,
          ...extensions,
          Collaboration.configure({ document, field: DocLayout.body }),
        ],
      }),
  ) as [Editor, Editor]
  onTestFinished(() => editors.forEach((editor) => editor.destroy()))
  return editors
}
