import express from 'express'
import { createServer as createHttpServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CloseCodes } from '@referat/shared'
import { loadSecret } from './auth/loadSecret'
import { Tokens } from './auth/Tokens'
import { attachCollab } from './collab/attachCollab'
import { RedisFanout } from './collab/RedisFanout'
import { RoomRegistry } from './collab/RoomRegistry'
import type { ServerConfig } from './config'
import { decisionsRouter } from './http/decisionsRouter'
import { apiNotFound, errorHandler } from './http/errorHandler'
import { exportRouter } from './http/exportRouter'
import { lifecycleRouter } from './http/lifecycleRouter'
import { MeetingDigests } from './meetings/MeetingDigests'
import { actionItemsRouter } from './http/actionItemsRouter'
import { templatesRouter } from './http/templatesRouter'
import { meetingsRouter } from './http/meetingsRouter'
import { requestLog } from './http/requestLog'
import { securityHeaders } from './http/securityHeaders'
import { staticClient } from './http/staticClient'
import { createLogger } from './log/createLogger'
import type { Logger } from './log/Logger'
import { Metrics } from './metrics/Metrics'
import { SqliteStorage } from './storage/SqliteStorage'
import type { Storage } from './storage/Storage'

export interface ReferatServer {
  /** Starts listening; resolves with the bound port (useful with port 0). */
  listen(): Promise<number>
  /** `http://host:port` once listening. */
  readonly url: string
  /** The organizer URL: the meeting list, with the organizer token. */
  readonly organizerUrl: string
  readonly tokens: Tokens
  readonly registry: RoomRegistry
  readonly metrics: Metrics
  /** Graceful stop: no new connections, clients closed with 1012, storage flushed and closed. */
  close(): Promise<void>
}

export interface ServerParts {
  /** Storage to use instead of SQLite in `dataDir`. */
  storage?: Storage
  logger?: Logger
}

/** Builds a Referat server from its configuration. Nothing listens until `listen()`. */
export function createServer(config: ServerConfig, parts: ServerParts = {}): ReferatServer {
  const log = parts.logger ?? createLogger(config.logLevel)
  const storage =
    parts.storage ?? new SqliteStorage(config.dataDir, { synchronous: config.sqliteSynchronous })
  const tokens = new Tokens(loadSecret(config.dataDir, config.secret))
  const metrics = new Metrics()
  // REDIS_URL: several instances on one storage reach each other's clients (pub/sub).
  const fanout = config.redisUrl ? new RedisFanout(config.redisUrl, log, config.redisPrefix) : null
  const registry = new RoomRegistry(
    storage,
    {
      idleUnloadMs: config.idleUnloadMs,
      compactAfter: config.compactAfter,
      sleepAfterMs: config.sleepAfterMs,
    },
    log,
    metrics,
    fanout,
  )

  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  app.use(requestLog(log))
  app.use(securityHeaders())
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })
  app.get('/readyz', async (_req, res) => {
    const ready = await storage.ping().catch(() => false)
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'storage unavailable' })
  })
  app.get('/metrics', async (_req, res) => {
    res.type(metrics.contentType).send(await metrics.render())
  })
  app.use('/api', express.json({ limit: config.maxBodyBytes }))
  const digests = new MeetingDigests(storage, registry)
  app.use(
    '/api/meetings',
    meetingsRouter({ storage, registry, tokens, log, publicUrl: config.publicUrl, digests }),
  )
  app.use('/api/meetings', lifecycleRouter({ storage, registry, tokens, log }))
  app.use('/api/meetings', exportRouter({ storage, registry, tokens }))
  app.use('/api/decisions', decisionsRouter({ storage, registry, tokens }))
  app.use('/api/action-items', actionItemsRouter({ storage, tokens, digests }))
  app.use('/api/templates', templatesRouter({ storage, tokens, digests, log }))
  app.use('/api', apiNotFound)
  app.use(staticClient(config.clientDist))
  app.use(errorHandler(log))

  const http = createHttpServer(app)
  const collab = attachCollab(
    http,
    {
      maxMessageBytes: config.maxMessageBytes,
      heartbeatMs: config.heartbeatMs,
      maxUpdatesPerSecond: config.maxUpdatesPerSecond,
      maxAwarenessPerSecond: config.maxAwarenessPerSecond,
      maxConnectionsPerMeeting: config.maxConnectionsPerMeeting,
      maxConnectionsPerIp: config.maxConnectionsPerIp,
      maxDocumentBytes: config.maxDocumentBytes,
    },
    { registry, tokens, log, metrics },
  )

  let url = ''
  let closing: Promise<void> | undefined

  return {
    tokens,
    registry,
    metrics,
    get url() {
      return url
    },
    get organizerUrl() {
      return `${config.publicUrl ?? url}/?token=${tokens.organizer()}`
    },
    listen() {
      return new Promise((resolve, reject) => {
        http.once('error', reject)
        http.listen(config.port, config.host, () => {
          http.off('error', reject)
          const { port } = http.address() as AddressInfo
          const host = config.host.includes(':') ? `[${config.host}]` : config.host
          url = `http://${host}:${port}`
          resolve(port)
        })
      })
    },
    close() {
      closing ??= (async () => {
        collab.stopAccepting()
        const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()))
        await registry.closeAll(CloseCodes.ServiceRestart)
        await collab.close()
        http.closeAllConnections()
        await httpClosed
        await fanout?.close()
        await storage.close()
      })()
      return closing
    },
  }
}
