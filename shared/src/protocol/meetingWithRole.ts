import { z } from 'zod'
import { meetingSummary } from './meetingSummary'
import { ROLES } from './roles'

/**
 * Answer of `GET /api/meetings/:id`: the meeting, what the caller's token lets them do and, for a
 * personal link, the name it shows its holder under.
 */
export const meetingWithRole = meetingSummary.extend({
  role: z.enum(ROLES),
  name: z.string().optional(),
})

export type MeetingWithRole = z.infer<typeof meetingWithRole>
