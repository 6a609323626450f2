/** A meeting reduced to what export then import must keep, for round-trip comparisons. */
import type { JSONContent } from '@tiptap/core'
import type { Attendee } from '../../src/model/attendee'
import { getReferatSchema } from '../../src/model/getReferatSchema'
import type { MeetingMeta } from '../../src/protocol/meetingMeta'
import type {
  ReferatBlock,
  ReferatInline,
  ReferatItem,
  ReferatPart,
} from '../../src/referat/Referat'
import { toReferat } from '../../src/referat/toReferat'

export interface Meeting {
  meta: MeetingMeta
  attendees: Attendee[]
  body: JSONContent
}

const hasText = (runs: readonly ReferatInline[]) => runs.some((run) => 'text' in run && run.text)

function blocks(parts: readonly (ReferatPart | ReferatItem)[]): unknown[] {
  return parts.flatMap((part): unknown[] => {
    switch (part.type) {
      case 'paragraph':
        // Markdown has no empty paragraph.
        return hasText(part.content) ? [part] : []
      case 'list':
        return [{ ...part, items: part.items.map(blocks) }]
      case 'decision': {
        // Ids and the time of deciding are not exported.
        const { id: _id, decidedAt: _at, ...rest } = part
        return [{ ...rest, decidedBy: rest.decidedBy || null, blocks: blocks(part.blocks) }]
      }
      case 'actionItem': {
        const { id: _id, ...rest } = part
        return [rest]
      }
      case 'item': {
        const { id: _id, ...rest } = part
        return [{ ...rest, title: part.title.trim(), blocks: blocks(part.blocks) }]
      }
      case 'section':
        return [{ ...part, title: part.title.trim() }]
      default:
        return [part]
    }
  })
}

/**
 * The meeting as the export shows it (through `toReferat`: numbers, responsible people's names),
 * without what a round trip cannot keep: ids, the time a decision was taken, empty paragraphs,
 * spaces around titles and names, status and version. Attendees are compared as a sorted list (the export groups them by
 * presence); "vara for" an attendee id is compared by that attendee's name.
 */
export function normaliseMeeting(meeting: Meeting) {
  const body = getReferatSchema().nodeFromJSON(meeting.body).toJSON() as JSONContent
  const referat = toReferat(meeting.meta, meeting.attendees, body)
  const names = new Map(meeting.attendees.map((a) => [a.id, a.name]))
  const { title, group, date, start, end, location, language } = meeting.meta
  const attendees = meeting.attendees
    .map((a) => ({
      name: a.name.trim(),
      organisation: a.organisation.trim(),
      role: a.role,
      presence: a.presence,
      substituteFor: names.get(a.substituteFor) ?? a.substituteFor,
    }))
    .map((a) => JSON.stringify(a))
    .sort()
  return {
    meta: { title, group, date, start, end, location, language },
    attendees,
    body: blocks(referat.body as ReferatBlock[]),
  }
}
