import type { LogFields, LogLevel, Logger } from './Logger'

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 }

/** A logger writing one JSON object per line to `write` (stderr by default). */
export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => process.stderr.write(line),
): Logger {
  const threshold = ORDER[level]
  const log = (lvl: Exclude<LogLevel, 'silent'>) => (message: string, fields?: LogFields) => {
    if (ORDER[lvl] < threshold) return
    const entry: LogFields = { time: new Date().toISOString(), level: lvl, msg: message }
    if (fields) {
      for (const [key, value] of Object.entries(fields)) {
        entry[key] = value instanceof Error ? { name: value.name, message: value.message } : value
      }
    }
    write(`${JSON.stringify(entry)}\n`)
  }
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') }
}
