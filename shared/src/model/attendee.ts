import { z } from 'zod'

export const ATTENDEE_ROLES = ['moderator', 'member', 'secretariat', 'guest'] as const
export type AttendeeRole = (typeof ATTENDEE_ROLES)[number]

/**
 * `present`; `absent` with notice (forfall); `substitute` for someone (vara for …, see
 * `substituteFor`); `alsoPresent` (dessuten møtte); `unknown` before the meeting.
 */
export const ATTENDANCE = ['present', 'absent', 'substitute', 'alsoPresent', 'unknown'] as const
export type Attendance = (typeof ATTENDANCE)[number]

/** One person of a meeting, stored as a Y.Map in the `attendees` Y.Array. */
export const attendee = z.object({
  id: z.string().min(1).max(64),
  name: z.string().max(200),
  organisation: z.string().max(200).default(''),
  role: z.enum(ATTENDEE_ROLES).default('member'),
  presence: z.enum(ATTENDANCE).default('unknown'),
  /** Whom a substitute stands in for: an attendee id or a name. */
  substituteFor: z.string().max(200).default(''),
  /** Agenda item id at which the person arrived late, or ''. */
  arrivedAt: z.string().max(64).default(''),
  /** Agenda item id at which the person left early, or ''. */
  leftAt: z.string().max(64).default(''),
  /** Agenda item ids for which the person was disqualified (inhabil). */
  conflicts: z.array(z.string().max(64)).max(500).default([]),
})

export type Attendee = z.infer<typeof attendee>
