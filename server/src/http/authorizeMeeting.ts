import type { Request } from 'express'
import { MEETING_ID_PATTERN, type Role, type TokenClaims } from '@referat/shared'
import type { Tokens } from '../auth/Tokens'
import { authenticate } from './authenticate'
import { HttpError } from './HttpError'

/**
 * The claims of a request for meeting `id`: 404 for an id that cannot exist, 401 without a
 * genuine token, 403 for a token of another meeting or a role not in `roles`.
 */
export function authorizeMeeting(
  tokens: Tokens,
  req: Request,
  id: string,
  roles?: readonly Role[],
): TokenClaims {
  if (!MEETING_ID_PATTERN.test(id)) throw new HttpError(404, 'not_found', 'no such meeting')
  const claims = authenticate(tokens, req)
  if (claims.r !== 'organizer' && claims.m !== id) {
    throw new HttpError(403, 'forbidden', 'this token belongs to another meeting')
  }
  if (roles && !roles.includes(claims.r)) {
    throw new HttpError(403, 'forbidden', `only ${roles.join(' or ')} may do this`)
  }
  return claims
}
