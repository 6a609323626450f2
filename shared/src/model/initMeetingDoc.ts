import type { JSONContent } from '@tiptap/core'
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import type { MeetingMeta } from '../protocol/meetingMeta'
import { createItemNode } from '../schema/createItemNode'
import { DocLayout } from './docLayout'
import { getReferatSchema } from './getReferatSchema'
import { writeMeta } from './writeMeta'

/**
 * Fills an empty Y.Doc with a new meeting: its header, and either one agenda item per title (or
 * one empty item) or a whole body. Done once, on the server, when the meeting is created, so
 * clients never have to insert a template themselves.
 */
export function initMeetingDoc(
  doc: Y.Doc,
  meta: MeetingMeta,
  agenda: readonly string[] | JSONContent,
): void {
  const titles = Array.isArray(agenda) ? (agenda.length > 0 ? agenda : ['']) : []
  const body: JSONContent = Array.isArray(agenda)
    ? { type: 'doc', content: titles.map((title) => createItemNode('agendaItem', { title })) }
    : (agenda as JSONContent)
  doc.transact(() => {
    writeMeta(doc, meta)
    prosemirrorJSONToYXmlFragment(getReferatSchema(), body, doc.getXmlFragment(DocLayout.body))
  })
}
