import { z } from 'zod'
import { ROLES } from './roles'
import { meetingId } from './meetingId'

/**
 * What a capability token says. `m` names the one meeting a meeting token opens; an organizer
 * token has none. `iat` is seconds since the epoch.
 */
export const tokenClaims = z
  .object({
    v: z.literal(1),
    r: z.enum(ROLES),
    m: meetingId.optional(),
    iat: z.number().int().nonnegative(),
  })
  .refine((claims) => (claims.r === 'organizer') === (claims.m === undefined), {
    message: 'an organizer token names no meeting; a meeting token names one',
  })

export type TokenClaims = z.infer<typeof tokenClaims>
