import { Router } from 'express'
import type { DecisionRegister, TokenClaims } from '@referat/shared'
import { z } from 'zod'
import { isCurrentLink } from '../auth/isCurrentLink'
import type { Tokens } from '../auth/Tokens'
import type { RoomRegistry } from '../collab/RoomRegistry'
import { DecisionIndex } from '../meetings/DecisionIndex'
import { normalizeSearchText } from '../meetings/normalizeSearchText'
import type { MeetingRecord, Storage } from '../storage/Storage'
import { authenticate } from './authenticate'
import { HttpError } from './HttpError'
import { parseBody } from './parseBody'

export interface DecisionsRouterDeps {
  storage: Storage
  registry: RoomRegistry
  tokens: Tokens
}

const LIMIT_MESSAGE = 'must be a whole number from 1 to 1000'

/** The query of `GET /api/decisions` (the token may be in it too). */
const decisionsQuery = z.object({
  q: z
    .string({ error: 'must be given once' })
    .max(200, 'must be at most 200 characters')
    .default(''),
  group: z
    .string({ error: 'must be given once' })
    .max(200, 'must be at most 200 characters')
    .optional(),
  limit: z.coerce
    .number({ error: LIMIT_MESSAGE })
    .int(LIMIT_MESSAGE)
    .min(1, LIMIT_MESSAGE)
    .max(1000, LIMIT_MESSAGE)
    .default(200),
})

/**
 * The meetings a token may see in the register: every meeting for the organizer; for a token of
 * meeting X, the meetings of X's group (only X when it has none).
 */
function visibleMeetings(claims: TokenClaims, meetings: MeetingRecord[]): MeetingRecord[] {
  if (claims.r === 'organizer') return meetings
  const own = meetings.find((meeting) => meeting.id === claims.m)
  if (!own) throw new HttpError(404, 'not_found', 'no such meeting')
  if (!isCurrentLink(claims, own.linkGeneration)) {
    throw new HttpError(401, 'unauthorized', 'this link has been replaced by new links')
  }
  const group = own.meta.group
  return meetings.filter((meeting) =>
    group ? meeting.meta.group === group : meeting.id === own.id,
  )
}

/**
 * `GET /api/decisions?q=&group=&limit=`: the decision register, the decided decisions of the
 * meetings the caller may see, newest meeting first. `q` keeps decisions in whose text, item
 * number and title or meeting title every word of it occurs (case-insensitive, NFKC); `group`
 * keeps one group's meetings; `limit` (200, at most 1000) caps the answer.
 */
export function decisionsRouter({ storage, registry, tokens }: DecisionsRouterDeps): Router {
  const router = Router()
  const index = new DecisionIndex(storage, registry)

  router.get('/', async (req, res) => {
    const claims = authenticate(tokens, req)
    const { q, group, limit } = parseBody(decisionsQuery, req.query)
    const terms = normalizeSearchText(q).split(/\s+/).filter(Boolean)
    const decisions = await index.list((meetings) =>
      visibleMeetings(claims, meetings).filter(
        (meeting) => group === undefined || group === '' || meeting.meta.group === group,
      ),
    )
    const body: DecisionRegister = {
      decisions: decisions
        .filter(({ searchText }) => terms.every((term) => searchText.includes(term)))
        .slice(0, limit)
        .map(({ entry }) => entry),
    }
    res.json(body)
  })

  return router
}
