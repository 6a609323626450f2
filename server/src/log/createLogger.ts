import { pino, stdSerializers, stdTimeFunctions, type DestinationStream } from 'pino'
import type { LogFields, LogLevel, Logger } from './Logger'

/**
 * Field names whose values are never written, wherever they appear: tokens are capabilities,
 * and whoever reads a log must not be able to open a meeting (or all of them) with it.
 */
const SECRET_FIELDS = ['token', 'authorization', 'secret', 'url', 'query']

/**
 * A pino logger writing one JSON object per line (`time`, `level`, `msg` and the fields) to
 * `write`, or to stderr by default.
 */
export function createLogger(level: LogLevel, write?: (line: string) => void): Logger {
  const destination: DestinationStream = write
    ? { write }
    : pino.destination({ dest: 2, sync: true })
  const logger = pino(
    {
      level,
      base: undefined,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: stdSerializers.err },
      redact: {
        paths: [...SECRET_FIELDS, ...SECRET_FIELDS.map((field) => `*.${field}`)],
        censor: '[redacted]',
      },
    },
    destination,
  )
  const log =
    (lvl: Exclude<LogLevel, 'silent'>) =>
    (message: string, fields?: LogFields): void => {
      if (fields) logger[lvl](fields, message)
      else logger[lvl](message)
    }
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') }
}
