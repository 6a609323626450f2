import { z } from 'zod'
import { meetingSummary } from './meetingSummary'
import { ROLES } from './roles'

/** Answer of `GET /api/meetings/:id`: the meeting and what the caller's token lets them do. */
export const meetingWithRole = meetingSummary.extend({ role: z.enum(ROLES) })

export type MeetingWithRole = z.infer<typeof meetingWithRole>
