import { z } from 'zod'
import { MEETING_STATUSES } from './meetingMeta'

/** One decided decision as the decision register lists it. */
export const decisionRegisterEntry = z.object({
  meetingId: z.string(),
  meetingTitle: z.string(),
  group: z.string(),
  /** The meeting's date, YYYY-MM-DD. */
  date: z.string(),
  /** The number of the decision's agenda item ("3.", "Sak 38/25", "3. a."); '' between items. */
  itemLabel: z.string(),
  itemTitle: z.string(),
  decisionId: z.string(),
  /** The decision as plain text, its paragraphs joined by '\n'. */
  text: z.string(),
  decidedBy: z.string().nullable(),
  /** When the moderator marked it decided (ISO time), if recorded. */
  decidedAt: z.string().nullable(),
  /** Null when unanimous. */
  vote: z
    .object({ for: z.number().int(), against: z.number().int(), blank: z.number().int() })
    .nullable(),
  meetingStatus: z.enum(MEETING_STATUSES),
})

/**
 * Answer of `GET /api/decisions`: the decided decisions of the meetings the caller may see,
 * newest meeting first, then in document order.
 */
export const decisionRegister = z.object({ decisions: z.array(decisionRegisterEntry) })

export type DecisionRegister = z.infer<typeof decisionRegister>
export type DecisionRegisterEntry = z.infer<typeof decisionRegisterEntry>
