import { canEdit, CloseCodes, DocLayout, type CloseCode, type ItemEdit } from '@referat/shared'
import * as decoding from 'lib0/decoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { Logger } from '../log/Logger'
import { applyStoredDocument } from '../meetings/readBody'
import type { Metrics } from '../metrics/Metrics'
import type { StoredDocument, UpdateAuthor } from '../storage/Storage'
import { encodeAwareness, encodeSaved, encodeSyncStep1, encodeUpdate } from './encodeMessages'
import { MessageType } from '@referat/shared'
import { bindAwareness } from './bindAwareness'
import { DocumentSize } from './DocumentSize'
import { FullStateCache } from './FullStateCache'
import { checkUpdate } from './checkUpdate'
import { ProtocolError } from './ProtocolError'
import { touchedAgendaItems } from './touchedAgendaItems'
import { UnknownReference } from './UnknownReference'
import type { RoomConnection } from './RoomConnection'

/** What a room hands its updates to: the writer stores them and reports back. */
export interface RoomStore {
  /** Queues an update of `room` to be appended to storage. */
  append(room: Room, update: Uint8Array, seq: number, author: UpdateAuthor | null): void
  /** Queues the meeting header of `room` to be written with the next batch. */
  touchMeta(room: Room): void
}

/** Origin of the changes the server makes itself. */
export const SERVER_ORIGIN = Symbol('server')

const EDIT_RECORD_INTERVAL_MS = 60_000
/** Updates held per connection until its sync answer (a fast typist during a slow load). */
const MAX_BEFORE_SYNC_ANSWER = 256
/** Bytes of such updates held per connection. */
const MAX_BEFORE_SYNC_ANSWER_BYTES = 4 * 1024 * 1024

interface HeldMessage {
  /** The message may go out once updates up to this sequence number are stored. */
  seq: number
  /** A document update to relay (null sender: the server's own). */
  relay?: { update: Uint8Array; sender: RoomConnection | null }
  /** Anything else to send (a sync answer). */
  deliver?: () => void
}

/**
 * One meeting in memory: its Y.Doc, awareness and connections. Every update is applied, handed
 * to the store, and only sent to anyone (relayed or as part of a sync answer) once the store has
 * made it durable, so no client ever sees what a crash could lose.
 */
export class Room {
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  /** Sync answers; a joining storm encodes the whole document once, not once per client. */
  private readonly syncAnswers = new FullStateCache(this.doc)
  /** The document's size, for the per-meeting limit. */
  readonly size = new DocumentSize(this.doc)
  /** Connections and the awareness client ids each controls. */
  private readonly connections = new Map<RoomConnection, Set<number>>()
  private appliedSeq = 0
  private durableSeq = 0
  private held: HeldMessage[] = []
  private readonly ackWanted = new Set<RoomConnection>()
  /**
   * Connections that have not answered our sync step 1 yet, with their updates that build on
   * content only that answer brings (typed offline, sent the moment the socket opened). They are
   * checked and applied after the answer, which then has brought what they build on.
   */
  private readonly beforeSyncAnswer = new Map<RoomConnection, Uint8Array[]>()
  /** Updates appended to storage since the last snapshot. */
  loggedUpdates: number
  /** Set when the room is being unloaded; it takes no new connections. */
  closed = false
  idleTimer: NodeJS.Timeout | undefined

  constructor(
    readonly id: string,
    stored: StoredDocument,
    private readonly store: RoomStore,
    private readonly log: Logger,
    private readonly metrics: Metrics,
  ) {
    this.awareness.setLocalState(null)
    applyStoredDocument(this.doc, stored)
    this.loggedUpdates = stored.updates.length
    this.doc.on('update', this.onDocUpdate)
    this.doc.on('afterTransaction', this.onAfterTransaction)
    this.doc.getMap(DocLayout.meta).observe(() => this.store.touchMeta(this))
    this.awareness.on('update', this.onAwarenessUpdate)
  }

  /** A final meeting takes no updates at all until it is reopened. */
  get isFinal(): boolean {
    return this.doc.getMap(DocLayout.meta).get('status') === 'final'
  }

  get connectionCount(): number {
    return this.connections.size
  }

  /** Whether every applied update is stored. */
  get isDurable(): boolean {
    return this.durableSeq === this.appliedSeq
  }

  /** Links of older generations than this were replaced by "new links" while loaded. */
  private linkGeneration = 0

  /**
   * Adds a connection, unless its link was replaced meanwhile (then it is closed with 4401 and
   * false returned).
   */
  addConnection(conn: RoomConnection): boolean {
    if (conn.linkGeneration !== null && conn.linkGeneration < this.linkGeneration) {
      conn.close(CloseCodes.Unauthorized, 'link replaced by new links')
      return false
    }
    this.connections.set(conn, new Set())
    this.beforeSyncAnswer.set(conn, [])
    conn.send(encodeSyncStep1(this.doc))
    const states = this.awareness.getStates()
    if (states.size > 0) {
      const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])
      conn.send(encodeAwareness(update))
    }
    return true
  }

  /** Closes (4401) every connection whose link is older than `generation`; returns how many. */
  revokeLinks(generation: number): number {
    this.linkGeneration = Math.max(this.linkGeneration, generation)
    let closed = 0
    for (const conn of [...this.connections.keys()]) {
      if (conn.linkGeneration !== null && conn.linkGeneration < generation) {
        conn.close(CloseCodes.Unauthorized, 'link replaced by new links')
        closed++
      }
    }
    return closed
  }

  /** Whether another connection than `conn` shows the presence of awareness client `clientId`. */
  private controlledByOther(conn: RoomConnection, clientId: number): boolean {
    for (const [other, controlled] of this.connections) {
      if (other !== conn && controlled.has(clientId)) return true
    }
    return false
  }

  removeConnection(conn: RoomConnection): void {
    const controlled = this.connections.get(conn)
    if (!controlled) return
    this.connections.delete(conn)
    this.ackWanted.delete(conn)
    this.beforeSyncAnswer.delete(conn)
    if (controlled.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...controlled], null)
    }
  }

  /** Handles one message of `conn`; throws `ProtocolError` (or a decoding error) on bad input. */
  receive(conn: RoomConnection, message: Uint8Array): void {
    const decoder = decoding.createDecoder(message)
    const type = decoding.readVarUint(decoder)
    switch (type) {
      case MessageType.Sync:
        this.receiveSync(conn, decoder)
        return
      case MessageType.Awareness: {
        const bound = bindAwareness(
          decoding.readVarUint8Array(decoder),
          conn.role,
          conn.personalName,
          (clientId) => this.controlledByOther(conn, clientId),
        )
        if (bound.name && !conn.personalName) conn.displayName = bound.name
        awarenessProtocol.applyAwarenessUpdate(this.awareness, bound.update, conn)
        return
      }
      case MessageType.QueryAwareness: {
        const ids = [...this.awareness.getStates().keys()]
        conn.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)))
        return
      }
      default:
        throw new ProtocolError(`unknown message type ${type}`)
    }
  }

  private receiveSync(conn: RoomConnection, decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder)
    switch (syncType) {
      case syncProtocol.messageYjsSyncStep1: {
        const stateVector = decoding.readVarUint8Array(decoder)
        const reply = this.syncAnswers.syncStep2(stateVector)
        this.whenDurable(() => conn.send(reply))
        return
      }
      case syncProtocol.messageYjsSyncStep2:
      case syncProtocol.messageYjsUpdate: {
        const update = decoding.readVarUint8Array(decoder)
        if (!canEdit(conn.role)) {
          // A viewer's changes are never applied, stored or relayed.
          this.metrics.reject('read_only')
          return
        }
        const waiting = this.beforeSyncAnswer.get(conn)
        if (waiting && syncType === syncProtocol.messageYjsUpdate) {
          try {
            this.applyFrom(conn, update)
          } catch (error) {
            const heldBytes = waiting.reduce((sum, held) => sum + held.byteLength, 0)
            if (
              !(error instanceof UnknownReference) ||
              waiting.length >= MAX_BEFORE_SYNC_ANSWER ||
              heldBytes + update.byteLength > MAX_BEFORE_SYNC_ANSWER_BYTES
            ) {
              throw error
            }
            waiting.push(update)
          }
          return
        }
        this.applyFrom(conn, update)
        if (waiting) {
          this.beforeSyncAnswer.delete(conn)
          for (const early of waiting) this.applyFrom(conn, early)
        }
        return
      }
      default:
        throw new ProtocolError(`unknown sync message type ${syncType}`)
    }
  }

  private applyFrom(conn: RoomConnection, update: Uint8Array): void {
    checkUpdate(this.doc, update, conn.role, this.isFinal)
    Y.applyUpdate(this.doc, update, conn)
    this.metrics.received()
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const seq = ++this.appliedSeq
    const sender = origin as RoomConnection
    const fromClient = this.connections.has(sender)
    this.store.append(
      this,
      update,
      seq,
      fromClient ? { role: sender.role, name: sender.displayName } : null,
    )
    if (fromClient && sender.wantsAck) this.ackWanted.add(sender)
    // Always held: the update was just applied, so it is not stored yet.
    this.held.push({ seq, relay: { update, sender: fromClient ? sender : null } })
  }

  /** Last recorded edit per agenda item, to write `lastEdited` at most once a minute per person. */
  private readonly recordedEdits = new Map<string, { name: string; at: number }>()

  private readonly onAfterTransaction = (transaction: Y.Transaction): void => {
    const conn = transaction.origin as RoomConnection
    if (!this.connections.has(conn)) return
    const now = Date.now()
    const ids = [...touchedAgendaItems(transaction)].filter((id) => {
      const last = this.recordedEdits.get(id)
      return !last || last.name !== conn.displayName || now - last.at > EDIT_RECORD_INTERVAL_MS
    })
    if (ids.length === 0) return
    for (const id of ids) this.recordedEdits.set(id, { name: conn.displayName, at: now })
    const edit: ItemEdit = {
      name: conn.displayName || conn.role,
      role: conn.role,
      at: new Date(now).toISOString(),
    }
    // After this transaction is done: a separate update by the server, stored like any other.
    queueMicrotask(() => {
      if (this.doc.isDestroyed) return
      const lastEdited = this.doc.getMap<ItemEdit>(DocLayout.lastEdited)
      this.doc.transact(() => {
        for (const id of ids) lastEdited.set(id, edit)
      }, SERVER_ORIGIN)
    })
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const controlled = this.connections.get(origin as RoomConnection)
    if (controlled) {
      // `updated` too: a client id another connection had (a reconnect) is no longer `added`.
      for (const id of [...added, ...updated]) controlled.add(id)
      for (const id of removed) controlled.delete(id)
    }
    const changed = [...added, ...updated, ...removed]
    const message = encodeAwareness(
      awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed),
    )
    for (const conn of this.connections.keys()) conn.send(message)
  }

  /** Runs `deliver` now if everything applied is stored, else once it is (in order). */
  private whenDurable(deliver: () => void): void {
    if (this.held.length === 0 && this.isDurable) deliver()
    else this.held.push({ seq: this.appliedSeq, deliver })
  }

  /**
   * Relays updates stored together. One goes to everyone but its sender; several are merged into
   * one message for everyone (a sender gets its own back, which Yjs ignores): one frame per
   * connection per stored batch instead of one per update, which is what a busy meeting costs.
   */
  private relay(relays: readonly { update: Uint8Array; sender: RoomConnection | null }[]): void {
    if (relays.length === 0) return
    if (relays.length === 1) {
      const { update, sender } = relays[0] as (typeof relays)[number]
      const message = encodeUpdate(update)
      for (const conn of this.connections.keys()) if (conn !== sender) conn.send(message)
      return
    }
    const message = encodeUpdate(Y.mergeUpdates(relays.map(({ update }) => update)))
    for (const conn of this.connections.keys()) conn.send(message)
  }

  /** The store made every update up to `seq` durable. */
  markDurable(seq: number): void {
    this.durableSeq = Math.max(this.durableSeq, seq)
    let count = 0
    while (count < this.held.length && (this.held[count] as HeldMessage).seq <= seq) count++
    // In order; consecutive updates go out merged.
    let relays: NonNullable<HeldMessage['relay']>[] = []
    for (const message of this.held.splice(0, count)) {
      if (message.relay) {
        relays.push(message.relay)
        continue
      }
      this.relay(relays)
      relays = []
      message.deliver?.()
    }
    this.relay(relays)
    if (this.isDurable && this.ackWanted.size > 0) {
      const saved = encodeSaved(Y.encodeStateVector(this.doc))
      for (const conn of this.ackWanted) conn.send(saved)
      this.ackWanted.clear()
    }
  }

  /** Storage failed: nothing held may go out. Clients keep their state and resend it later. */
  fail(error: unknown): void {
    this.log.error('storage failed; closing the meeting', { meetingId: this.id, error })
    this.held = []
    this.closed = true
    for (const conn of [...this.connections.keys()]) conn.close(CloseCodes.InternalError)
  }

  /** Closes every connection with `code` (e.g. on shutdown). */
  closeAll(code: CloseCode): void {
    for (const conn of [...this.connections.keys()]) conn.close(code)
  }

  destroy(): void {
    this.closed = true
    this.awareness.destroy()
    this.doc.destroy()
  }
}
