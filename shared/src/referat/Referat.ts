import type { Attendee } from '../model/attendee'
import type { AgendaItemKind } from '../schema/agendaItemAttributes'
import type { DecisionState } from '../schema/Decision'
import type { MeetingMeta } from '../protocol/meetingMeta'

/** A run of text with its marks, or a line break. */
export type ReferatInline =
  { text: string; bold?: true; italic?: true; href?: string } | { lineBreak: true }

/** A block of rich text inside an agenda item (or between items). */
export type ReferatBlock =
  | { type: 'paragraph'; content: ReferatInline[] }
  | { type: 'list'; ordered: boolean; start: number; items: ReferatBlock[][] }
  | {
      type: 'decision'
      id: string
      state: DecisionState
      decidedBy: string | null
      decidedAt: string | null
      /** Null when unanimous (or not decided). */
      vote: { for: number; against: number; blank: number } | null
      blocks: ReferatBlock[]
    }
  | {
      type: 'actionItem'
      id: string
      content: ReferatInline[]
      /** The responsible person's name (an attendee id is resolved), or free text. */
      assignee: string
      due: string
      done: boolean
    }

/** An agenda item or sub-item with its derived label ("3.", "Sak 38/25", "a."). */
export interface ReferatItem {
  type: 'item'
  id: string
  label: string
  title: string
  kind: AgendaItemKind
  plannedMinutes: number | null
  blocks: (ReferatBlock | ReferatItem)[]
}

/** A top-level part of the referat. */
export type ReferatPart = ReferatItem | { type: 'section'; title: string } | ReferatBlock

/**
 * A meeting as plain data, ready for any renderer: the header, the attendees, and the body with
 * every number resolved. Renderers are pure functions of it.
 */
export interface Referat {
  meta: MeetingMeta
  attendees: Attendee[]
  body: ReferatPart[]
}
