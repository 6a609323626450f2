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
  /** Folder of the built client. */
  clientDist: string
  maxMessageBytes: number
  /** A meeting with no connections is unloaded after this long. */
  idleUnloadMs: number
  /** The update log of a meeting is compacted into a snapshot after this many updates. */
  compactAfter: number
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
  idleUnloadMs: 30_000,
  compactAfter: 500,
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
    clientDist,
    maxMessageBytes: integer(
      'MAX_MESSAGE_BYTES',
      all.MAX_MESSAGE_BYTES,
      defaultConfig.maxMessageBytes,
      1024,
    ),
    idleUnloadMs: integer('IDLE_UNLOAD_MS', all.IDLE_UNLOAD_MS, defaultConfig.idleUnloadMs),
    compactAfter: integer('COMPACT_AFTER', all.COMPACT_AFTER, defaultConfig.compactAfter, 1),
    heartbeatMs: integer('HEARTBEAT_MS', all.HEARTBEAT_MS, defaultConfig.heartbeatMs, 100),
    maxBodyBytes: integer('MAX_BODY_BYTES', all.MAX_BODY_BYTES, defaultConfig.maxBodyBytes, 1024),
    sqliteSynchronous: synchronous,
    logLevel,
  }
}
