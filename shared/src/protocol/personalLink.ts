import { z } from 'zod'
import { MEETING_ROLES } from './roles'

/** Body of `POST /api/meetings/:id/personal-links`: a link for one named person. */
export const personalLinkRequest = z
  .object({
    role: z.enum(MEETING_ROLES),
    name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  })
  .strict()

export type PersonalLinkRequest = z.infer<typeof personalLinkRequest>

/** Answer of `POST /api/meetings/:id/personal-links`. */
export const personalLinkResponse = z.object({ link: z.string() })

export type PersonalLinkResponse = z.infer<typeof personalLinkResponse>
