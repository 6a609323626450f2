import type { RequestHandler } from 'express'
import type { Logger } from '../log/Logger'

/**
 * Logs every HTTP request at debug level once answered: method, path (never the query string,
 * which may hold a token), status and milliseconds.
 */
export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now()
    res.on('finish', () => {
      log.debug('request', {
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
      })
    })
    next()
  }
}
