import {
  addAttendees,
  attendee,
  initMeetingDoc,
  meetingMeta,
  parseMinutes,
  renderMarkdown,
  renewEpoch,
  toReferat,
} from '@referat/shared'
import type { JSONContent } from '@tiptap/core'
import * as Y from 'yjs'

const SENTENCE =
  'Faggruppen drøftet saken, og sekretariatet følger opp innspillene om næringsareal.'

/** A meeting of the load benchmark: its Markdown (for the import API) and its Yjs state. */
export interface BenchMeeting {
  markdown: string
  /** `Y.encodeStateAsUpdate` of the document the server builds from `markdown`. */
  state: Uint8Array
}

const text = (t: string, marks?: JSONContent['marks']): JSONContent => ({
  type: 'text',
  text: t,
  ...(marks ? { marks } : {}),
})

/**
 * A planned meeting of `items` agenda items, each a title, a paragraph (opening in bold) and an
 * action item, with 12 attendees: about 500 bytes of Yjs state per item, so 300
 * items make the ~150 KB meeting of the 'cold' scenario. Editors type into the paragraphs.
 */
export function benchMeeting(items: number): BenchMeeting {
  const meta = meetingMeta.parse({
    title: 'Faggruppe for næringssamarbeid',
    group: 'Osloregionen',
    date: '2026-03-16',
    start: '09:00',
    end: '15:00',
    location: 'Rådhuset, Lillestrøm',
  })
  const attendees = Array.from({ length: 12 }, (_, i) =>
    attendee.parse({
      id: `a${i}`,
      name: `Deltaker Østby ${i + 1}`,
      organisation: `Kommune ${i + 1}`,
      role: i === 0 ? 'moderator' : 'member',
      presence: 'present',
    }),
  )
  const content: JSONContent[] = Array.from({ length: items }, (_, i) => ({
    type: 'agendaItem',
    attrs: { id: `i${i}`, kind: 'discussion' },
    content: [
      { type: 'agendaTitle', content: [text(`Sak ${i + 1}: næringspolitisk oppfølging`)] },
      { type: 'paragraph', content: [text('Innledning: ', [{ type: 'bold' }]), text(SENTENCE)] },
      {
        type: 'actionItem',
        attrs: { id: `t${i}`, assignee: 'a2', due: 'uke 12', done: false },
        content: [text('Sende notat')],
      },
    ],
  }))
  const markdown = renderMarkdown(toReferat(meta, attendees, { type: 'doc', content }))
  return { markdown, state: stateOfImport(markdown) }
}

/** The Yjs state the server's `POST /api/meetings/import` builds (as `storeNewMeeting` does). */
function stateOfImport(markdown: string): Uint8Array {
  const imported = parseMinutes(markdown, { today: '2026-03-16' })
  const doc = new Y.Doc()
  try {
    initMeetingDoc(doc, imported.meta, imported.body)
    addAttendees(doc, imported.attendees)
    renewEpoch(doc)
    return Y.encodeStateAsUpdate(doc)
  } finally {
    doc.destroy()
  }
}
