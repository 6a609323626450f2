import { Router } from 'express'
import { addElapsedTime, writeMeta } from '@referat/shared'
import type { Tokens } from '../auth/Tokens'
import { SERVER_ORIGIN } from '../collab/Room'
import type { RoomRegistry } from '../collab/RoomRegistry'
import type { Logger } from '../log/Logger'
import type { Storage } from '../storage/Storage'
import { authorizeMeeting } from './authorizeMeeting'
import { HttpError } from './HttpError'

export interface LifecycleRouterDeps {
  storage: Storage
  registry: RoomRegistry
  tokens: Tokens
  log: Logger
}

const RUNS_MEETING = ['organizer', 'moderator'] as const

/**
 * `/api/meetings/:id/finalize|reopen|versions`: a moderator finalizes the referat as version N
 * (the server snapshots it, marks it final and from then on refuses every update), may reopen it,
 * and anyone of the meeting may read the finalized versions.
 */
export function lifecycleRouter({ storage, registry, tokens, log }: LifecycleRouterDeps): Router {
  const router = Router()

  const openRoom = async (id: string) => {
    const room = await registry.open(id)
    if (!room) throw new HttpError(404, 'not_found', 'no such meeting')
    return room
  }

  router.post('/:id/finalize', async (req, res) => {
    await authorizeMeeting(tokens, storage, req, req.params.id, RUNS_MEETING)
    const room = await openRoom(req.params.id)
    if (room.isFinal) throw new HttpError(409, 'conflict', 'the meeting is final already')
    const versions = await storage.listVersions(room.id)
    const version = (versions.at(-1)?.version ?? 0) + 1
    room.edit((doc) =>
      doc.transact(() => {
        // A final meeting has no current item; the time of the last one is kept.
        addElapsedTime(doc, new Date())
        writeMeta(doc, { status: 'final', version, currentItemId: null, currentItemSince: null })
      }, SERVER_ORIGIN),
    )
    await registry.writer.drain()
    await storage.saveVersion(room.id, version, room.encodeState())
    log.info('meeting finalized', { meetingId: room.id, version })
    res.json({ version })
  })

  router.post('/:id/reopen', async (req, res) => {
    await authorizeMeeting(tokens, storage, req, req.params.id, RUNS_MEETING)
    const room = await openRoom(req.params.id)
    if (!room.isFinal) throw new HttpError(409, 'conflict', 'the meeting is not final')
    room.edit((doc) => writeMeta(doc, { status: 'draft' }, SERVER_ORIGIN))
    await registry.writer.drain()
    log.info('meeting reopened', { meetingId: room.id })
    res.json({})
  })

  router.get('/:id/versions', async (req, res) => {
    await authorizeMeeting(tokens, storage, req, req.params.id)
    res.json({ versions: await storage.listVersions(req.params.id) })
  })

  router.get('/:id/versions/:version', async (req, res) => {
    await authorizeMeeting(tokens, storage, req, req.params.id)
    const version = Number(req.params.version)
    const state = Number.isInteger(version)
      ? await storage.getVersion(req.params.id, version)
      : null
    if (!state) throw new HttpError(404, 'not_found', 'no such version')
    res.type('application/octet-stream').send(Buffer.from(state))
  })

  return router
}
