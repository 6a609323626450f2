import { DocLayout } from '@referat/shared'
import type { JSONContent } from '@tiptap/core'
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { StoredDocument } from '../storage/Storage'

/** The body of a stored meeting as ProseMirror JSON, and its Y.Doc (destroy it when done). */
export function loadStoredDoc(stored: StoredDocument): Y.Doc {
  const doc = new Y.Doc()
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
  for (const update of stored.updates) Y.applyUpdate(doc, update)
  return doc
}

/** The body of a meeting's Y.Doc as ProseMirror JSON. */
export function readBody(doc: Y.Doc): JSONContent {
  return yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(DocLayout.body)) as JSONContent
}
