import { Router, type Request } from 'express'
import {
  createMeetingRequest,
  initMeetingDoc,
  MEETING_ID_PATTERN,
  meetingMeta,
  newId,
  type CreateMeetingResponse,
} from '@referat/shared'
import * as Y from 'yjs'
import type { Tokens } from '../auth/Tokens'
import type { Logger } from '../log/Logger'
import type { Storage } from '../storage/Storage'
import { authenticate, requireOrganizer } from './authenticate'
import { HttpError } from './HttpError'
import { meetingLinksFor } from './meetingLinksFor'
import { parseBody } from './parseBody'
import { toSummary } from './toSummary'

export interface MeetingsRouterDeps {
  storage: Storage
  tokens: Tokens
  log: Logger
  /** The public base URL of links (`http://host:port`); by default the request's own. */
  publicUrl?: string
}

/** `/api/meetings`: create, list and read meetings. */
export function meetingsRouter({ storage, tokens, log, publicUrl }: MeetingsRouterDeps): Router {
  const router = Router()
  const baseUrl = (req: Request) => publicUrl ?? `${req.protocol}://${req.get('host')}`

  router.post('/', async (req, res) => {
    requireOrganizer(tokens, req)
    const { agenda, ...fields } = parseBody(createMeetingRequest, req.body)
    const meta = meetingMeta.parse(fields)
    const id = newId()
    const doc = new Y.Doc()
    initMeetingDoc(doc, meta, agenda)
    await storage.createMeeting(id, meta, Y.encodeStateAsUpdate(doc))
    doc.destroy()
    log.info('meeting created', { meetingId: id })
    const body: CreateMeetingResponse = { id, links: meetingLinksFor(tokens, baseUrl(req), id) }
    res.status(201).json(body)
  })

  router.get('/', async (req, res) => {
    requireOrganizer(tokens, req)
    const base = baseUrl(req)
    const meetings = await storage.listMeetings()
    res.json({
      meetings: meetings.map((m) => toSummary(m, meetingLinksFor(tokens, base, m.id))),
    })
  })

  router.get('/:id', async (req, res) => {
    const id = req.params.id
    const claims = authenticate(tokens, req)
    if (!MEETING_ID_PATTERN.test(id)) throw new HttpError(404, 'not_found', 'no such meeting')
    if (claims.r !== 'organizer' && claims.m !== id) {
      throw new HttpError(403, 'forbidden', 'this token belongs to another meeting')
    }
    const meeting = await storage.getMeeting(id)
    if (!meeting) throw new HttpError(404, 'not_found', 'no such meeting')
    const links = claims.r === 'organizer' ? meetingLinksFor(tokens, baseUrl(req), id) : undefined
    res.json({ ...toSummary(meeting, links), role: claims.r })
  })

  return router
}
