import { resolve } from 'node:path'
import type { LogLevel } from './log/Logger'

/** Everything the server is configured with. Only `main.ts` builds it from the environment. */
export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  /** HMAC secret for tokens; generated into `dataDir` when not set. */
  secret?: string
  /** Base URL printed and put into links; by default taken from each request. */
  publicUrl?: string
  /** `postgres://…`: meetings in PostgreSQL instead of SQLite in `dataDir` (`DATABASE_URL`). */
  databaseUrl?: string
  /** The PostgreSQL schema (`DATABASE_SCHEMA`, default `public`). */
  databaseSchema?: string
  /** `redis://…`: instances sharing the storage reach each other's clients (`REDIS_URL`). */
  redisUrl?: string
  /** Prefix of Referat's Redis channels (`REDIS_PREFIX`), to share one Redis. */
  redisPrefix?: string
  /** Folder of the built client. */
  clientDist: string
  /** Largest WebSocket message; a larger one closes the connection with 1009. */
  maxMessageBytes: number
  /**
   * Document updates (and other sync messages) a connection may send per second, on average; a
   * burst of four seconds' worth is allowed at once. Above it: close 4429.
   */
  maxUpdatesPerSecond: number
  /** Awareness (presence, cursor) messages a connection may send per second, likewise. */
  maxAwarenessPerSecond: number
  /** Open connections to one meeting; more are closed with 1013 (try again later). */
  maxConnectionsPerMeeting: number
  /** Open connections from one network address; more are closed with 1013. */
  maxConnectionsPerIp: number
  /** Largest encoded state of one meeting; an update that would go over it is refused (4413). */
  maxDocumentBytes: number
  /** A meeting with no connections is unloaded after this long. */
  idleUnloadMs: number
  /** The update log of a meeting is compacted into a snapshot after this many updates. */
  compactAfter: number
  /** A loaded meeting nobody changed for this long is held as its encoded state only. */
  sleepAfterMs: number
  heartbeatMs: number
  /** Largest accepted JSON request body. */
  maxBodyBytes: number
  /** `full` makes SQLite fsync every transaction (survives power loss, slower). */
  sqliteSynchronous: 'normal' | 'full'
  logLevel: LogLevel
}

/** Defaults for everything but where to find the client. */
export const defaultConfig = {
  port: 8080,
  host: '127.0.0.1',
  dataDir: './data',
  maxMessageBytes: 16 * 1024 * 1024,
  maxUpdatesPerSecond: 50,
  maxAwarenessPerSecond: 50,
  maxConnectionsPerMeeting: 200,
  maxConnectionsPerIp: 50,
  maxDocumentBytes: 32 * 1024 * 1024,
  idleUnloadMs: 30_000,
  compactAfter: 500,
  sleepAfterMs: 60_000,
  heartbeatMs: 30_000,
  maxBodyBytes: 1024 * 1024,
  sqliteSynchronous: 'normal',
  logLevel: 'info',
} as const satisfies Partial<ServerConfig>

type Env = Record<string, string | undefined>

function flagValues(argv: readonly string[]): Env {
  const flags: Env = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (!arg.startsWith('--')) continue
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined]
    const value = inline ?? argv[i + 1]
    if (inline === undefined) i++
    flags[name.toUpperCase().replaceAll('-', '_')] = value
  }
  return flags
}

function integer(name: string, raw: string | undefined, fallback: number, min = 0): number {
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number ≥ ${min}, got "${raw}"`)
  }
  return value
}

/**
 * The configuration from environment variables (`PORT`, `HOST`, `DATA_DIR`, `REFERAT_SECRET`,
 * `PUBLIC_URL`, `MAX_MESSAGE_BYTES`, `IDLE_UNLOAD_MS`, `COMPACT_AFTER`, `LOG_LEVEL`,
 * `SQLITE_SYNCHRONOUS`) and flags of the same names (`--port 8081`, `--data-dir=/srv/referat`);
 * flags win.
 *
 * Limits against hostile or runaway clients, sized for a meeting of two or three writers and
 * tens of viewers (each refusal closes the connection with a named close code and counts in
 * `referat_rejected_total{reason}`):
 * - `MAX_MESSAGE_BYTES` (16 MiB): one WebSocket message; close 1009, reason `too_big`.
 * - `MAX_UPDATES_PER_SECOND` (50, bursts of 200): sync messages per connection; a fast typist
 *   sends about 10 a second and a paste is one. Close 4429, reason `rate_updates`.
 * - `MAX_AWARENESS_PER_SECOND` (50, bursts of 200): presence and cursor messages per connection
 *   (a drag-selection sends one per mouse move). Close 4429, reason `rate_awareness`.
 * - `MAX_CONNECTIONS_PER_MEETING` (200): close 1013, reason `connections_meeting`.
 * - `MAX_CONNECTIONS_PER_IP` (50; a local reverse proxy's `X-Forwarded-For` is honoured): raise it
 *   when many attendees share one office address. Close 1013, reason `connections_ip`.
 * - `MAX_DOCUMENT_BYTES` (32 MiB of encoded state; a 300-item meeting is well under 1 MiB): the
 *   update that would cross it is not applied, stored or relayed. Close 4413, reason
 *   `document_size`.
 */
export function configFrom(env: Env, argv: readonly string[], clientDist: string): ServerConfig {
  const all = { ...env, ...flagValues(argv) }
  const logLevel = (all.LOG_LEVEL ?? defaultConfig.logLevel) as LogLevel
  if (!['debug', 'info', 'warn', 'error', 'silent'].includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be debug, info, warn, error or silent, got "${logLevel}"`)
  }
  const synchronous = all.SQLITE_SYNCHRONOUS ?? defaultConfig.sqliteSynchronous
  if (synchronous !== 'normal' && synchronous !== 'full') {
    throw new Error(`SQLITE_SYNCHRONOUS must be normal or full, got "${synchronous}"`)
  }
  return {
    port: integer('PORT', all.PORT, defaultConfig.port),
    host: all.HOST || defaultConfig.host,
    dataDir: resolve(all.DATA_DIR || defaultConfig.dataDir),
    secret: all.REFERAT_SECRET || undefined,
    publicUrl: all.PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    databaseUrl: all.DATABASE_URL || undefined,
    databaseSchema: all.DATABASE_SCHEMA || undefined,
    redisUrl: all.REDIS_URL || undefined,
    redisPrefix: all.REDIS_PREFIX || undefined,
    clientDist,
    maxMessageBytes: integer(
      'MAX_MESSAGE_BYTES',
      all.MAX_MESSAGE_BYTES,
      defaultConfig.maxMessageBytes,
      1024,
    ),
    maxUpdatesPerSecond: integer(
      'MAX_UPDATES_PER_SECOND',
      all.MAX_UPDATES_PER_SECOND,
      defaultConfig.maxUpdatesPerSecond,
      1,
    ),
    maxAwarenessPerSecond: integer(
      'MAX_AWARENESS_PER_SECOND',
      all.MAX_AWARENESS_PER_SECOND,
      defaultConfig.maxAwarenessPerSecond,
      1,
    ),
    maxConnectionsPerMeeting: integer(
      'MAX_CONNECTIONS_PER_MEETING',
      all.MAX_CONNECTIONS_PER_MEETING,
      defaultConfig.maxConnectionsPerMeeting,
      1,
    ),
    maxConnectionsPerIp: integer(
      'MAX_CONNECTIONS_PER_IP',
      all.MAX_CONNECTIONS_PER_IP,
      defaultConfig.maxConnectionsPerIp,
      1,
    ),
    maxDocumentBytes: integer(
      'MAX_DOCUMENT_BYTES',
      all.MAX_DOCUMENT_BYTES,
      defaultConfig.maxDocumentBytes,
      1024,
    ),
    idleUnloadMs: integer('IDLE_UNLOAD_MS', all.IDLE_UNLOAD_MS, defaultConfig.idleUnloadMs),
    compactAfter: integer('COMPACT_AFTER', all.COMPACT_AFTER, defaultConfig.compactAfter, 1),
    sleepAfterMs: integer('SLEEP_AFTER_MS', all.SLEEP_AFTER_MS, defaultConfig.sleepAfterMs),
    heartbeatMs: integer('HEARTBEAT_MS', all.HEARTBEAT_MS, defaultConfig.heartbeatMs, 100),
    maxBodyBytes: integer('MAX_BODY_BYTES', all.MAX_BODY_BYTES, defaultConfig.maxBodyBytes, 1024),
    sqliteSynchronous: synchronous,
    logLevel,
  }
}
