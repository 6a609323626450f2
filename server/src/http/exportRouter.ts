import { Router } from 'express'
import {
  readAttendees,
  readMeta,
  renderHtml,
  renderMarkdown,
  renderText,
  toReferat,
} from '@referat/shared'
import type { Tokens } from '../auth/Tokens'
import type { RoomRegistry } from '../collab/RoomRegistry'
import { readBody } from '../meetings/readBody'
import { authorizeMeeting } from './authorizeMeeting'
import { HttpError } from './HttpError'

/** Export formats served so far, with their content types and file endings. */
const FORMATS = {
  md: { type: 'text/markdown; charset=utf-8', ending: 'md', render: renderMarkdown },
  html: { type: 'text/html; charset=utf-8', ending: 'html', render: renderHtml },
  txt: { type: 'text/plain; charset=utf-8', ending: 'txt', render: renderText },
} as const

type Format = keyof typeof FORMATS

/** A file name for the export: the meeting's date and title, safe in a header. */
function fileName(date: string, title: string, ending: string): string {
  const slug = title
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60)
  return `referat-${date}${slug ? `-${slug}` : ''}.${ending}`
}

/** `GET /api/meetings/:id/export?format=md|html|txt`: the referat as a file, for any role of the meeting. */
export function exportRouter({ registry, tokens }: { registry: RoomRegistry; tokens: Tokens }) {
  const router = Router()
  router.get('/:id/export', async (req, res) => {
    authorizeMeeting(tokens, req, req.params.id)
    const format = String(req.query.format ?? 'md')
    if (!(format in FORMATS)) {
      const known = Object.keys(FORMATS).join(', ')
      throw new HttpError(400, 'bad_request', `format: must be one of ${known}`)
    }
    const room = await registry.open(req.params.id)
    if (!room) throw new HttpError(404, 'not_found', 'no such meeting')
    const meta = readMeta(room.doc)
    const spec = FORMATS[format as Format]
    const output = spec.render(toReferat(meta, readAttendees(room.doc), readBody(room.doc)))
    res
      .type(spec.type)
      .attachment(fileName(meta.date, meta.title, spec.ending))
      .send(output)
  })
  return router
}
