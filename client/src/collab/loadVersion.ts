import { DocLayout, readMeta, type MeetingMeta } from '@referat/shared'
import type { JSONContent } from '@tiptap/core'
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap'
import * as Y from 'yjs'

/** A finalized version of the minutes: its header and its body as ProseMirror JSON. */
export interface LoadedVersion {
  meta: MeetingMeta
  content: JSONContent
}

/** Reads a version from the Yjs update that holds the whole document as it was. */
export function loadVersion(update: Uint8Array): LoadedVersion {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, update)
    const content = yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(DocLayout.body)) as JSONContent
    return { meta: readMeta(doc), content }
  } finally {
    doc.destroy()
  }
}
