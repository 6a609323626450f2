import {
  addAttendees,
  initMeetingDoc,
  newId,
  renewEpoch,
  type Attendee,
  type MeetingMeta,
} from '@referat/shared'
import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'
import type { Storage } from '../storage/Storage'

/**
 * Creates a meeting: builds its Y.Doc (header, agenda or body, and attendees) and stores it.
 * Returns its id.
 */
export async function storeNewMeeting(
  storage: Storage,
  meta: MeetingMeta,
  agenda: readonly string[] | JSONContent,
  attendees: readonly Attendee[] = [],
): Promise<string> {
  const id = newId()
  const doc = new Y.Doc()
  try {
    initMeetingDoc(doc, meta, agenda)
    addAttendees(doc, attendees)
    renewEpoch(doc)
    await storage.createMeeting(id, meta, Y.encodeStateAsUpdate(doc))
  } finally {
    doc.destroy()
  }
  return id
}
