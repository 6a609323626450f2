import express, { Router, type Request } from 'express'
import {
  createMeetingRequest,
  ImportError,
  meetingMeta,
  parseMinutes,
  personalLinkRequest,
  readMeta,
  type PersonalLinkResponse,
  type CreateMeetingResponse,
} from '@referat/shared'
import type { Tokens } from '../auth/Tokens'
import type { RoomRegistry } from '../collab/RoomRegistry'
import type { Logger } from '../log/Logger'
import { caseNumberAfter } from '../meetings/caseNumberAfter'
import type { MeetingDigests } from '../meetings/MeetingDigests'
import { nextAgenda } from '../meetings/nextAgenda'
import { nextCaseNumber } from '../meetings/nextCaseNumber'
import { readBody } from '../meetings/readBody'
import { storeNewMeeting } from '../meetings/storeNewMeeting'
import type { Storage } from '../storage/Storage'
import { authorizeMeeting } from './authorizeMeeting'
import { requireOrganizer } from './authenticate'
import { HttpError } from './HttpError'
import { meetingLinksFor, personalLinkFor } from './meetingLinksFor'
import { parseBody } from './parseBody'
import { toSummary } from './toSummary'

export interface MeetingsRouterDeps {
  storage: Storage
  registry: RoomRegistry
  tokens: Tokens
  log: Logger
  /** The public base URL of links (`http://host:port`); by default the request's own. */
  publicUrl?: string
  /** Meetings' content for `?q=`. */
  digests: MeetingDigests
}

/** Longest search of the meeting list (`GET /api/meetings?q=`). */
const MAX_QUERY_LENGTH = 200

/** Body of `POST /api/meetings/:id/next`. */
const nextMeetingRequest = meetingMeta
  .pick({ date: true, start: true, end: true, location: true })
  .partial({ start: true, end: true, location: true })
  .strict()

/** Largest accepted import file. */
const MAX_IMPORT_BYTES = 2 * 1024 * 1024

/** `/api/meetings`: create, list and read meetings, and start the next meeting of a series. */
export function meetingsRouter(deps: MeetingsRouterDeps): Router {
  const { storage, registry, tokens, log, publicUrl, digests } = deps
  const router = Router()
  const baseUrl = (req: Request) => publicUrl ?? `${req.protocol}://${req.get('host')}`
  const created = (req: Request, id: string): CreateMeetingResponse => ({
    id,
    links: meetingLinksFor(tokens, baseUrl(req), id),
  })

  router.post('/', async (req, res) => {
    requireOrganizer(tokens, req)
    const { agenda, numberStart, ...fields } = parseBody(createMeetingRequest, req.body)
    const start =
      numberStart ??
      (fields.numbering === 'yearly' ? await nextCaseNumber(storage, fields.group, fields.date) : 1)
    const meta = meetingMeta.parse({ ...fields, numberStart: start })
    const id = await storeNewMeeting(storage, meta, agenda)
    log.info('meeting created', { meetingId: id })
    res.status(201).json(created(req, id))
  })

  router.post(
    '/import',
    express.text({ type: ['text/*', 'application/octet-stream'], limit: MAX_IMPORT_BYTES }),
    async (req, res) => {
      requireOrganizer(tokens, req)
      if (typeof req.body !== 'string') {
        throw new HttpError(
          415,
          'unsupported_media_type',
          'send the minutes as the request body with Content-Type text/markdown or text/plain',
        )
      }
      let imported
      try {
        imported = parseMinutes(req.body, { today: new Date().toISOString().slice(0, 10) })
      } catch (error) {
        if (!(error instanceof ImportError)) throw error
        throw new HttpError(400, 'bad_request', `the file could not be imported: ${error.message}`)
      }
      const id = await storeNewMeeting(storage, imported.meta, imported.body, imported.attendees)
      log.info('meeting imported', { meetingId: id })
      res.status(201).json(created(req, id))
    },
  )

  router.get('/', async (req, res) => {
    requireOrganizer(tokens, req)
    const base = baseUrl(req)
    const q = req.query.q
    if (q !== undefined && (typeof q !== 'string' || q.length > MAX_QUERY_LENGTH)) {
      throw new HttpError(400, 'bad_request', `q: at most ${MAX_QUERY_LENGTH} characters`)
    }
    const all = await storage.listMeetings()
    // `?q=`: only the meetings whose text (title, header, items, decisions …) has every word.
    const meetings = q ? await digests.search(all, q) : all
    res.json({
      meetings: meetings.map((m) =>
        toSummary(m, meetingLinksFor(tokens, base, m.id, m.linkGeneration)),
      ),
    })
  })

  router.get('/:id', async (req, res) => {
    const { claims, meeting } = await authorizeMeeting(tokens, storage, req, req.params.id)
    const links =
      claims.r === 'organizer'
        ? meetingLinksFor(tokens, baseUrl(req), meeting.id, meeting.linkGeneration)
        : undefined
    res.json({
      ...toSummary(meeting, links),
      role: claims.r,
      ...(claims.n ? { name: claims.n } : {}),
    })
  })

  // A personal link: its holder appears under the given name, whatever the client claims.
  router.post('/:id/personal-links', async (req, res) => {
    const { meeting } = await authorizeMeeting(tokens, storage, req, req.params.id, [
      'organizer',
      'moderator',
    ])
    const { role, name } = parseBody(personalLinkRequest, req.body)
    const link = personalLinkFor(
      tokens,
      baseUrl(req),
      meeting.id,
      meeting.linkGeneration,
      role,
      name,
    )
    const body: PersonalLinkResponse = { link }
    res.status(201).json(body)
  })

  // New links: the old ones stop working at once, also for everyone connected with them.
  router.post('/:id/links', async (req, res) => {
    const { meeting } = await authorizeMeeting(tokens, storage, req, req.params.id, [
      'organizer',
      'moderator',
    ])
    const generation = await storage.renewLinks(meeting.id)
    if (generation === null) throw new HttpError(404, 'not_found', 'no such meeting')
    const closed = await registry.revokeLinks(meeting.id, generation)
    log.info('meeting links renewed', { meetingId: meeting.id, generation, closed })
    const body: CreateMeetingResponse = {
      id: meeting.id,
      links: meetingLinksFor(tokens, baseUrl(req), meeting.id, generation),
    }
    res.json(body)
  })

  router.post('/:id/next', async (req, res) => {
    const { meeting } = await authorizeMeeting(tokens, storage, req, req.params.id, [
      'organizer',
      'moderator',
    ])
    const fields = parseBody(nextMeetingRequest, req.body)
    const room = await registry.open(req.params.id)
    if (!room) throw new HttpError(404, 'not_found', 'no such meeting')
    const { previous, previousBody, lastCaseNumber } = room.read((doc) => ({
      previous: readMeta(doc),
      previousBody: readBody(doc),
      lastCaseNumber: caseNumberAfter(doc),
    }))
    const body = nextAgenda(
      previousBody,
      previous.language,
      previous.date,
      meetingLinksFor(tokens, baseUrl(req), room.id, meeting.linkGeneration).viewer,
    )
    const sameYear = previous.date.slice(0, 4) === fields.date.slice(0, 4)
    const meta = meetingMeta.parse({
      title: previous.title,
      group: previous.group,
      language: previous.language,
      numbering: previous.numbering,
      numberStart: previous.numbering === 'yearly' && sameYear ? lastCaseNumber : 1,
      location: previous.location,
      start: previous.start,
      end: previous.end,
      ...fields,
    })
    const id = await storeNewMeeting(storage, meta, body)
    log.info('next meeting created', { meetingId: id, previousMeetingId: room.id })
    res.status(201).json(created(req, id))
  })

  return router
}
