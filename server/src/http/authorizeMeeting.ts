import type { Request } from 'express'
import { MEETING_ID_PATTERN, type Role, type TokenClaims } from '@referat/shared'
import { isCurrentLink } from '../auth/isCurrentLink'
import type { Tokens } from '../auth/Tokens'
import type { MeetingRecord, Storage } from '../storage/Storage'
import { authenticate } from './authenticate'
import { HttpError } from './HttpError'

/** What a request for one meeting may do, and the meeting. */
export interface AuthorizedMeeting {
  claims: TokenClaims
  meeting: MeetingRecord
}

/**
 * The claims of a request for meeting `id` and its record: 404 for an unknown meeting (or an id
 * that cannot exist), 401 without a genuine token or with a link replaced by "new links", 403
 * for a token of another meeting or a role not in `roles`.
 */
export async function authorizeMeeting(
  tokens: Tokens,
  storage: Storage,
  req: Request,
  id: string,
  roles?: readonly Role[],
): Promise<AuthorizedMeeting> {
  if (!MEETING_ID_PATTERN.test(id)) throw new HttpError(404, 'not_found', 'no such meeting')
  const claims = authenticate(tokens, req)
  if (claims.r !== 'organizer' && claims.m !== id) {
    throw new HttpError(403, 'forbidden', 'this token belongs to another meeting')
  }
  const meeting = await storage.getMeeting(id)
  if (!meeting) throw new HttpError(404, 'not_found', 'no such meeting')
  if (!isCurrentLink(claims, meeting.linkGeneration)) {
    throw new HttpError(401, 'unauthorized', 'this link has been replaced by new links')
  }
  if (roles && !roles.includes(claims.r)) {
    throw new HttpError(403, 'forbidden', `only ${roles.join(' or ')} may do this`)
  }
  return { claims, meeting }
}
