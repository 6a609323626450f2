import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { canEdit, CloseCodes, MessageType, type CloseCode, type TokenClaims } from '@referat/shared'
import { WebSocketServer, type RawData, type WebSocket } from 'ws'
import { isCurrentLink } from '../auth/isCurrentLink'
import type { Tokens } from '../auth/Tokens'
import type { Logger } from '../log/Logger'
import type { Metrics } from '../metrics/Metrics'
import { clientAddress } from './clientAddress'
import { ConnectionCounter } from './ConnectionCounter'
import { parseCollabUrl } from './parseCollabUrl'
import { RuleViolation } from './RuleViolation'
import type { Room } from './Room'
import type { RoomConnection } from './RoomConnection'
import type { RoomRegistry } from './RoomRegistry'
import { TokenBucket } from './TokenBucket'

export interface CollabOptions {
  /** Largest accepted WebSocket message; larger ones close the connection with 1009. */
  maxMessageBytes: number
  /** Interval of WebSocket pings; a connection that misses one is terminated. */
  heartbeatMs: number
  /** Sync messages per second and connection (bursts of four seconds' worth); above: 4429. */
  maxUpdatesPerSecond: number
  /** Awareness messages per second and connection (bursts likewise); above: 4429. */
  maxAwarenessPerSecond: number
  /** Open connections per meeting; above: 1013. */
  maxConnectionsPerMeeting: number
  /** Open connections per network address; above: 1013. */
  maxConnectionsPerIp: number
  /** Largest encoded state of a meeting; an update that would cross it is refused with 4413. */
  maxDocumentBytes: number
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
/** A rate limit allows this many seconds' worth of messages at once. */
const BURST_SECONDS = 4

function isAwarenessMessage(message: Uint8Array): boolean {
  return message[0] === MessageType.Awareness || message[0] === MessageType.QueryAwareness
}

/** A sync step 2 or update message: the only ones that add to the document. */
function isUpdateMessage(message: Uint8Array): boolean {
  return message[0] === MessageType.Sync && (message[1] === 1 || message[1] === 2)
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}

/**
 * The collaboration endpoint at `/collab/<meetingId>`: authenticates each connection by its
 * token, loads the meeting, then runs the y-protocols loop of that connection against the room.
 * It enforces the limits of `CollabOptions`: each refusal closes only the offending connection
 * with a named close code and counts in `metrics.reject(reason)`.
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
  const perMeeting = new ConnectionCounter(options.maxConnectionsPerMeeting)
  const perAddress = new ConnectionCounter(options.maxConnectionsPerIp)

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const target = parseCollabUrl(request.url ?? '')
    if (!target || !accepting) {
      socket.end(`HTTP/1.1 ${accepting ? '404 Not Found' : '503 Service Unavailable'}\r\n\r\n`)
      return
    }
    const address = clientAddress(request)
    wss.handleUpgrade(request, socket, head, (ws) => {
      void serve(ws, target.meetingId, target.token, target.wantsAck, target.epoch, address)
    })
  }
  server.on('upgrade', onUpgrade)

  async function serve(
    ws: WebSocket,
    meetingId: string | null,
    token: string | null,
    wantsAck: boolean,
    knownEpoch: string | null,
    address: string,
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
    const updateRate = new TokenBucket(
      options.maxUpdatesPerSecond,
      options.maxUpdatesPerSecond * BURST_SECONDS,
    )
    const awarenessRate = new TokenBucket(
      options.maxAwarenessPerSecond,
      options.maxAwarenessPerSecond * BURST_SECONDS,
    )
    /** What this connection holds of the connection limits, given back when it closes. */
    let countedAddress = false
    let countedMeeting: string | null = null

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
        if (early.length >= MAX_EARLY_MESSAGES) {
          metrics.reject('flooding')
          return closeWith(CloseCodes.BadMessage, 'flooding')
        }
        return void early.push(message)
      }
      if (room.closed) return
      if (
        isUpdateMessage(message) &&
        canEdit(conn.role) &&
        room.size.wouldExceed(message.byteLength, options.maxDocumentBytes)
      ) {
        metrics.reject('document_size')
        return closeWith(CloseCodes.MeetingTooLarge, `update of ${message.byteLength} bytes`)
      }
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
    const receive = (message: Uint8Array) => {
      if (closing) return
      const awareness = isAwarenessMessage(message)
      if (!(awareness ? awarenessRate : updateRate).take()) {
        metrics.reject(awareness ? 'rate_awareness' : 'rate_updates')
        return closeWith(CloseCodes.TooManyMessages, awareness ? 'awareness rate' : 'update rate')
      }
      handle(message)
    }
    ws.on('message', (data) => receive(toBytes(data)))
    ws.on('error', (error) => {
      // ws reports oversized messages here and closes with 1009 itself.
      metrics.reject(/max payload/i.test(error.message) ? 'too_big' : 'socket_error')
      log.info('connection error', { connectionId: id, meetingId, error })
    })
    ws.on('close', () => {
      clearInterval(heartbeat)
      metrics.connections--
      if (countedAddress) perAddress.release(address)
      if (countedMeeting) perMeeting.release(countedMeeting)
      if (room && conn) {
        room.removeConnection(conn)
        registry.release(room)
      }
    })

    if (!perAddress.tryAcquire(address)) {
      metrics.reject('connections_ip')
      return closeWith(CloseCodes.TooManyConnections, `address ${address}`)
    }
    countedAddress = true
    if (!meetingId) {
      metrics.reject('not_found')
      return closeWith(CloseCodes.NotFound, 'invalid meeting id')
    }
    let claims: TokenClaims
    try {
      claims = tokens.verifyForMeeting(token, meetingId)
    } catch (error) {
      metrics.reject('unauthorized')
      return closeWith(CloseCodes.Unauthorized, (error as Error).message)
    }
    if (!perMeeting.tryAcquire(meetingId)) {
      metrics.reject('connections_meeting')
      return closeWith(CloseCodes.MeetingFull)
    }
    countedMeeting = meetingId
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
    const record = await registry.meeting(meetingId).catch(() => null)
    if (!record || !isCurrentLink(claims, record.linkGeneration)) {
      registry.release(opened)
      metrics.reject('unauthorized')
      return closeWith(CloseCodes.Unauthorized, 'link replaced by new links')
    }
    // A local copy of an earlier state of the meeting (restored from a backup since) must not
    // be merged back into it: the client drops it and loads the meeting again.
    if (knownEpoch && knownEpoch !== opened.epoch) {
      registry.release(opened)
      metrics.reject('stale_epoch')
      return closeWith(CloseCodes.Replaced, 'local copy of an earlier state of the meeting')
    }
    if (ws.readyState !== ws.OPEN) return void registry.release(opened)

    const role = claims.r
    conn = {
      id,
      role,
      linkGeneration: role === 'organizer' ? null : (claims.g ?? 0),
      wantsAck,
      personalName: claims.n ?? null,
      displayName: claims.n ?? '',
      send: (message) => {
        if (ws.readyState === ws.OPEN) ws.send(message)
      },
      close: (code) => closeWith(code),
    }
    room = opened
    registry.retain(room)
    if (!room.addConnection(conn)) return
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
