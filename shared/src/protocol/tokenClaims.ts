import { z } from 'zod'
import { ROLES } from './roles'
import { meetingId } from './meetingId'

/**
 * What a capability token says. `m` names the one meeting a meeting token opens; an organizer
 * token has none. `g` is the meeting's link generation the token was made for (absent = 0):
 * "new links" raises the meeting's generation, and tokens of older generations stop working.
 * `n` makes it a personal link: whoever uses it appears under that name, whatever the client
 * claims. `iat` is seconds since the epoch.
 */
export const tokenClaims = z
  .object({
    v: z.literal(1),
    r: z.enum(ROLES),
    m: meetingId.optional(),
    g: z.number().int().positive().optional(),
    n: z.string().trim().min(1).max(100).optional(),
    iat: z.number().int().nonnegative(),
  })
  .refine((claims) => (claims.r === 'organizer') === (claims.m === undefined), {
    message: 'an organizer token names no meeting; a meeting token names one',
  })

export type TokenClaims = z.infer<typeof tokenClaims>
