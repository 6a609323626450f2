import { initMeetingDoc, newId, type MeetingMeta } from '@referat/shared'
import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import type { Storage } from '../storage/Storage'

/** Creates a meeting: builds its Y.Doc (header and agenda or body) and stores it. Returns its id. */
export async function storeNewMeeting(
  storage: Storage,
  meta: MeetingMeta,
  agenda: readonly string[] | JSONContent,
): Promise<string> {
  const id = newId()
  const doc = new Y.Doc()
  try {
    initMeetingDoc(doc, meta, agenda)
    await storage.createMeeting(id, meta, Y.encodeStateAsUpdate(doc))
  } finally {
    doc.destroy()
  }
  return id
}
