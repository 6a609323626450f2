import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { ApiError } from '@referat/shared'
import type { Logger } from '../log/Logger'
import { HttpError } from './HttpError'

function send(res: Parameters<RequestHandler>[1], error: HttpError): void {
  const body: ApiError = { error: { code: error.code, message: error.message } }
  res.status(error.status).json(body)
}

/** 404 as JSON for unknown `/api` routes. */
export const apiNotFound: RequestHandler = (req, res) => {
  send(res, new HttpError(404, 'not_found', `no route ${req.method} ${req.baseUrl}${req.path}`))
}

/**
 * Turns every error into `{ error: { code, message } }`: HttpErrors as they are, body-parser
 * errors as 400/413/415, anything else as 500 (logged with its cause, not shown to the client).
 */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err)
    if (err instanceof HttpError) return send(res, err)
    const status = typeof err?.status === 'number' ? (err.status as number) : 500
    if (err?.type === 'entity.too.large') {
      return send(res, new HttpError(413, 'payload_too_large', 'the request body is too large'))
    }
    if (err?.type === 'entity.parse.failed') {
      return send(res, new HttpError(400, 'bad_request', 'the request body is not valid JSON'))
    }
    if (status === 415 || err?.type === 'encoding.unsupported') {
      return send(res, new HttpError(415, 'unsupported_media_type', 'unsupported body encoding'))
    }
    if (status >= 400 && status < 500) {
      return send(res, new HttpError(status, 'bad_request', String(err?.message ?? 'bad request')))
    }
    log.error('request failed', { method: req.method, path: req.path, error: err })
    send(res, new HttpError(500, 'internal', 'internal error'))
  }
}
