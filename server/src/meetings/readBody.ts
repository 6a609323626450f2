import { DocLayout } from '@referat/shared'
import type { JSONContent } from '@tiptap/core'
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import type { StoredDocument } from '../storage/Storage'

/** Applies a stored snapshot and the updates logged after it to `doc`, in one transaction. */
export function applyStoredDocument(doc: Y.Doc, stored: StoredDocument): void {
  Y.transact(doc, () => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
  })
}

/** A new Y.Doc holding a stored meeting (destroy it when done). */
export function loadStoredDoc(stored: StoredDocument): Y.Doc {
  const doc = new Y.Doc()
  applyStoredDocument(doc, stored)
  return doc
}

/** The body of a meeting's Y.Doc as ProseMirror JSON. */
export function readBody(doc: Y.Doc): JSONContent {
  return yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(DocLayout.body)) as JSONContent
}
