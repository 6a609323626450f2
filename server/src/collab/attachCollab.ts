import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { CloseCodes, type CloseCode, type Role } from '@referat/shared'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import type { Tokens } from '../auth/Tokens'
import type { Logger } from '../log/Logger'
import type { Metrics } from '../metrics/Metrics'
import { parseCollabUrl } from './parseCollabUrl'
import { RuleViolation } from './RuleViolation'
import type { Room } from './Room'
import type { RoomConnection } from './RoomConnection'
import type { RoomRegistry } from './RoomRegistry'

export interface CollabOptions {
  /** Largest accepted WebSocket message; larger ones close the connection with 1009. */
  maxMessageBytes: number
  /** Interval of WebSocket pings; a connection that misses one is terminated. */
  heartbeatMs: number
}

export interface CollabDeps {
  registry: RoomRegistry
  tokens: Tokens
  log: Logger
  metrics: Metrics
}

export interface CollabEndpoint {
  /** Stops taking connections (existing ones stay until the registry closes them). */
  stopAccepting(): void
  close(): Promise<void>
}

const MAX_EARLY_MESSAGES = 256

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}

/**
 * The collaboration endpoint at `/collab/<meetingId>`: authenticates each connection by its
 * token, loads the meeting, then runs the y-protocols loop of that connection against the room.
 */
export function attachCollab(
  server: Server,
  options: CollabOptions,
  deps: CollabDeps,
): CollabEndpoint {
  const { registry, tokens, log, metrics } = deps
  const wss = new WebSocketServer({ noServer: true, maxPayload: options.maxMessageBytes })
  let accepting = true
  let nextId = 1

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const target = parseCollabUrl(request.url ?? '')
    if (!target || !accepting) {
      socket.end(`HTTP/1.1 ${accepting ? '404 Not Found' : '503 Service Unavailable'}\r\n\r\n`)
      return
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      void serve(ws, target.meetingId, target.token, target.wantsAck)
    })
  }
  server.on('upgrade', onUpgrade)

  async function serve(
    ws: WebSocket,
    meetingId: string | null,
    token: string | null,
    wantsAck: boolean,
  ): Promise<void> {
    const id = nextId++
    let closing = false
    const closeWith = (code: CloseCode, detail?: string) => {
      closing = true
      if (detail)
        log.info('closing connection', { connectionId: id, meetingId, code: code.code, detail })
      if (ws.readyState === ws.OPEN || ws.readyState === ws.CONNECTING) {
        ws.close(code.code, code.reason.slice(0, 120))
      }
    }
    metrics.connections++
    let alive = true
    let room: Room | null = null
    let conn: RoomConnection | null = null
    const early: Uint8Array[] = []

    ws.on('pong', () => {
      alive = true
    })
    const heartbeat = setInterval(() => {
      if (!alive) return void ws.terminate()
      alive = false
      ws.ping()
    }, options.heartbeatMs)
    heartbeat.unref()

    const handle = (message: Uint8Array) => {
      if (closing) return
      if (!room || !conn) {
        // A client may send before its meeting is loaded; keep a bounded number of messages.
        if (early.length >= MAX_EARLY_MESSAGES) return closeWith(CloseCodes.BadMessage, 'flooding')
        return void early.push(message)
      }
      if (room.closed) return
      try {
        room.receive(conn, message)
      } catch (error) {
        if (error instanceof RuleViolation) {
          metrics.reject('rule')
          closeWith({ code: CloseCodes.Rejected.code, reason: error.message }, error.message)
          return
        }
        metrics.reject('malformed')
        closeWith(CloseCodes.BadMessage, `bad message: ${(error as Error).message}`)
      }
    }
    ws.on('message', (data) => handle(toBytes(data)))
    ws.on('error', (error) => {
      // ws reports oversized messages here and closes with 1009 itself.
      metrics.reject(/max payload/i.test(error.message) ? 'too_big' : 'socket_error')
      log.info('connection error', { connectionId: id, meetingId, error })
    })
    ws.on('close', () => {
      clearInterval(heartbeat)
      metrics.connections--
      if (room && conn) {
        room.removeConnection(conn)
        registry.release(room)
      }
    })

    if (!meetingId) {
      metrics.reject('not_found')
      return closeWith(CloseCodes.NotFound, 'invalid meeting id')
    }
    let role: Role
    try {
      role = tokens.verifyForMeeting(token, meetingId).r
    } catch (error) {
      metrics.reject('unauthorized')
      return closeWith(CloseCodes.Unauthorized, (error as Error).message)
    }
    let opened: Room | null
    try {
      opened = await registry.open(meetingId)
    } catch (error) {
      log.error('loading the meeting failed', { meetingId, error })
      return closeWith(CloseCodes.InternalError)
    }
    if (!opened) {
      metrics.reject('not_found')
      return closeWith(CloseCodes.NotFound, 'no such meeting')
    }
    if (ws.readyState !== ws.OPEN) return void registry.release(opened)

    conn = {
      id,
      role,
      wantsAck,
      displayName: '',
      send: (message) => {
        if (ws.readyState === ws.OPEN) ws.send(message)
      },
      close: (code) => closeWith(code),
    }
    room = opened
    registry.retain(room)
    room.addConnection(conn)
    log.debug('connection joined', { connectionId: id, meetingId, role })
    for (const message of early.splice(0)) handle(message)
  }

  return {
    stopAccepting() {
      accepting = false
    },
    async close() {
      accepting = false
      server.off('upgrade', onUpgrade)
      for (const ws of wss.clients) ws.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
    },
  }
}
