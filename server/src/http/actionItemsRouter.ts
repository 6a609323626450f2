import { Router } from 'express'
import type { Tokens } from '../auth/Tokens'
import type { MeetingDigests } from '../meetings/MeetingDigests'
import type { Storage } from '../storage/Storage'
import { requireOrganizer } from './authenticate'
import { HttpError } from './HttpError'

export interface ActionItemsRouterDeps {
  storage: Storage
  tokens: Tokens
  digests: MeetingDigests
}

/**
 * `GET /api/action-items[?group=]` (organizer): the open action items of every meeting, or of
 * one group's, newest meeting first; an item carried on to a later meeting is listed once.
 */
export function actionItemsRouter({ storage, tokens, digests }: ActionItemsRouterDeps): Router {
  const router = Router()
  router.get('/', async (req, res) => {
    requireOrganizer(tokens, req)
    const group = req.query.group
    if (group !== undefined && (typeof group !== 'string' || group.length > 200)) {
      throw new HttpError(400, 'bad_request', 'group: at most 200 characters')
    }
    const open = await digests.openActionItems(await storage.listMeetings())
    res.json({
      actionItems: group === undefined ? open : open.filter((item) => item.group === group),
    })
  })
  return router
}
