import { z } from 'zod'
import { meetingSummary } from './meetingSummary'

/** Answer of `GET /api/meetings`. */
export const listMeetingsResponse = z.object({ meetings: z.array(meetingSummary) })

export type ListMeetingsResponse = z.infer<typeof listMeetingsResponse>
