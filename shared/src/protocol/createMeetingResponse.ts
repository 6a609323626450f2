import { z } from 'zod'
import { meetingLinks } from './meetingLinks'

/** Answer of `POST /api/meetings` and `POST /api/meetings/import`. */
export const createMeetingResponse = z.object({ id: z.string(), links: meetingLinks })

export type CreateMeetingResponse = z.infer<typeof createMeetingResponse>
