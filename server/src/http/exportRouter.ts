import { Router } from 'express'
import type { Tokens } from '../auth/Tokens'
import type { RoomRegistry } from '../collab/RoomRegistry'
import {
  EXPORT_FORMATS,
  exportFileName,
  isExportFormat,
  renderExport,
} from '../export/exportFormats'
import { referatOf, storedReferat } from '../export/referatOf'
import type { Storage } from '../storage/Storage'
import { authorizeMeeting } from './authorizeMeeting'
import { HttpError } from './HttpError'

export interface ExportRouterDeps {
  storage: Storage
  registry: RoomRegistry
  tokens: Tokens
}

/**
 * The standalone HTML export has its stylesheet inline and no script; whether it is saved or
 * shown, it may load nothing and run nothing.
 */
const HTML_EXPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; " +
  "frame-ancestors 'none'"

/** The `version` query parameter: a finalized version number, or undefined for the current state. */
function versionParam(raw: unknown): number | undefined {
  if (raw === undefined) return undefined
  const version = Number(raw)
  if (typeof raw !== 'string' || !/^\d{1,9}$/.test(raw) || version < 1) {
    throw new HttpError(400, 'bad_request', 'version: must be a version number (1, 2, …)')
  }
  return version
}

/**
 * `GET /api/meetings/:id/export?format=docx|pdf|html|md|txt[&version=N]`: the referat as a file,
 * for any role of the meeting. Without `version` it is the meeting as it is now (live edits
 * included); with it, the finalized version N.
 */
export function exportRouter({ storage, registry, tokens }: ExportRouterDeps) {
  const router = Router()
  router.get('/:id/export', async (req, res) => {
    await authorizeMeeting(tokens, storage, req, req.params.id)
    const format = String(req.query.format ?? 'md')
    if (!isExportFormat(format)) {
      const known = Object.keys(EXPORT_FORMATS).join(', ')
      throw new HttpError(400, 'bad_request', `format: must be one of ${known}`)
    }
    const version = versionParam(req.query.version)
    let referat
    if (version === undefined) {
      const room = await registry.open(req.params.id)
      if (!room) throw new HttpError(404, 'not_found', 'no such meeting')
      referat = room.read(referatOf)
    } else {
      referat = await storedReferat(storage, req.params.id, version)
      if (!referat) throw new HttpError(404, 'not_found', `no version ${version} of this meeting`)
    }
    const spec = EXPORT_FORMATS[format]
    const name = exportFileName(referat.meta, spec.ending)
    if (format === 'html') res.setHeader('Content-Security-Policy', HTML_EXPORT_CSP)
    res
      .type(spec.type)
      .attachment(version === undefined ? name : name.replace(/(\.\w+)$/, `-v${version}$1`))
      .send(await renderExport(format, referat))
  })
  return router
}
