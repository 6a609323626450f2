import { newId, saveTemplateRequest } from '@referat/shared'
import { Router } from 'express'
import type { Tokens } from '../auth/Tokens'
import type { Logger } from '../log/Logger'
import type { MeetingDigests } from '../meetings/MeetingDigests'
import type { Storage, TemplateRecord } from '../storage/Storage'
import { requireOrganizer } from './authenticate'
import { HttpError } from './HttpError'
import { parseBody } from './parseBody'

export interface TemplatesRouterDeps {
  storage: Storage
  tokens: Tokens
  digests: MeetingDigests
  log: Logger
}

/**
 * `/api/templates` (organizer): agendas saved from meetings, to start new meetings from.
 * `GET` lists them; `POST { meetingId, name }` saves that meeting's agenda item titles;
 * `DELETE /:id` removes one.
 */
export function templatesRouter({ storage, tokens, digests, log }: TemplatesRouterDeps): Router {
  const router = Router()

  router.get('/', async (req, res) => {
    requireOrganizer(tokens, req)
    res.json({ templates: await storage.listTemplates() })
  })

  router.post('/', async (req, res) => {
    requireOrganizer(tokens, req)
    const { meetingId, name } = parseBody(saveTemplateRequest, req.body)
    const meeting = await storage.getMeeting(meetingId)
    if (!meeting) throw new HttpError(404, 'not_found', 'no such meeting')
    const agenda = (await digests.agenda(meeting)).filter((title) => title.trim() !== '')
    if (agenda.length === 0) {
      throw new HttpError(409, 'conflict', 'the meeting has no agenda items to save')
    }
    const template: TemplateRecord = {
      id: newId(),
      name,
      group: meeting.meta.group,
      agenda,
      createdAt: new Date().toISOString(),
    }
    await storage.saveTemplate(template)
    log.info('template saved', { meetingId, templateId: template.id })
    res.status(201).json(template)
  })

  router.delete('/:id', async (req, res) => {
    requireOrganizer(tokens, req)
    if (!(await storage.deleteTemplate(req.params.id))) {
      throw new HttpError(404, 'not_found', 'no such template')
    }
    res.status(204).end()
  })

  return router
}
