import { z } from 'zod'

/** Capability links of one meeting: full URLs of the meeting page, each carrying its token. */
export const meetingLinks = z.object({
  moderator: z.string().url(),
  secretary: z.string().url(),
  viewer: z.string().url(),
})

export type MeetingLinks = z.infer<typeof meetingLinks>
