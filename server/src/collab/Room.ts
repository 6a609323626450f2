import {
  canEdit,
  CloseCodes,
  DocLayout,
  readEpoch,
  type CloseCode,
  type ItemEdit,
} from '@referat/shared'
import * as decoding from 'lib0/decoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { Logger } from '../log/Logger'
import { applyStoredDocument } from '../meetings/readBody'
import type { Metrics } from '../metrics/Metrics'
import type { StoredDocument, UpdateAuthor } from '../storage/Storage'
import {
  encodeAwareness,
  encodeSaved,
  encodeStateVectorMessage,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncStep2Update,
  encodeUpdate,
} from './encodeMessages'
import { MessageType } from '@referat/shared'
import { bindAwareness } from './bindAwareness'
import { FanoutKind } from './RedisFanout'
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

export interface RoomOptions {
  /**
   * A meeting nobody has changed for this long is held only as its encoded state until the next
   * change (see `Room`).
   */
  sleepAfterMs: number
}

/** Origin of the changes the server makes itself. */
export const SERVER_ORIGIN = Symbol('server')

/** Origin of updates and presence from another instance (already checked and stored there). */
export const REMOTE_ORIGIN = Symbol('remote')

/** Where a room sends what the other instances with the meeting open must see (`RedisFanout`). */
export type RoomPublisher = (kind: FanoutKind, payload: Uint8Array) => void

const EDIT_RECORD_INTERVAL_MS = 60_000
/** Updates held per connection until its sync answer (a fast typist during a slow load). */
const MAX_BEFORE_SYNC_ANSWER = 256
/** Bytes of such updates held per connection. */
const MAX_BEFORE_SYNC_ANSWER_BYTES = 4 * 1024 * 1024

/** A meeting held encoded, without a Y.Doc (see `Room`). */
interface Asleep {
  /** The sync step 2 message holding the whole document: the answer to an empty state vector. */
  full: Uint8Array
  /** The document's state as one update (a view into `full`). */
  update: Uint8Array
  stateVector: Uint8Array
  final: boolean
  epoch: string | null
}

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
 *
 * A meeting nobody changes (everyone is reading, or the meeting is over) goes to sleep: it is
 * held as its encoded state (151 KB for a 300-item meeting whose Y.Doc takes about 2.8 MB), and
 * sync requests are answered from that with `Y.diffUpdate`. The next change wakes it: the Y.Doc is built again
 * (keeping the server's client id), and everything goes on as before. Presence does not need the
 * document and works the same asleep.
 */
export class Room {
  /** The Y.Doc while awake; null while asleep. */
  private live: Y.Doc | null = null
  private asleep: Asleep | null = null
  /** The client id of the server's own changes, the same across every wake. */
  private readonly clientId: number
  /** Presence; on a small document of its own, so that it does not hold the meeting's. */
  readonly awareness = new awarenessProtocol.Awareness(new Y.Doc())
  /** Sync answers; a joining storm encodes the whole document once, not once per client. */
  private readonly syncAnswers = new FullStateCache((stateVector) =>
    encodeSyncStep2(this.awakeDoc(), stateVector),
  )
  /** The document's size, for the per-meeting limit. */
  readonly size = new DocumentSize(() => this.encodeState().byteLength)
  /** When the document last changed or was woken (ms since the epoch). */
  private lastActive = Date.now()
  private sleepTimer: NodeJS.Timeout | undefined
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
  /** Other instances with the meeting open, when several share it (`REDIS_URL`). */
  publish: RoomPublisher | null = null
  idleTimer: NodeJS.Timeout | undefined

  constructor(
    readonly id: string,
    stored: StoredDocument,
    private readonly store: RoomStore,
    private readonly log: Logger,
    private readonly metrics: Metrics,
    private readonly options: RoomOptions,
  ) {
    this.awareness.setLocalState(null)
    const doc = new Y.Doc()
    this.clientId = doc.clientID
    applyStoredDocument(doc, stored)
    this.attach(doc)
    this.loggedUpdates = stored.updates.length
    this.awareness.on('update', this.onAwarenessUpdate)
    this.scheduleSleep()
  }

  /** A final meeting takes no updates at all until it is reopened. */
  get isFinal(): boolean {
    if (this.asleep) return this.asleep.final
    return this.awakeDoc().getMap(DocLayout.meta).get('status') === 'final'
  }

  /** The document's epoch (see `readEpoch`). */
  get epoch(): string | null {
    return this.asleep ? this.asleep.epoch : readEpoch(this.awakeDoc())
  }

  /** Whether the room was destroyed (unloaded). */
  get isDestroyed(): boolean {
    return this.live === null && this.asleep === null
  }

  /** Whether the meeting is held encoded only. */
  get isAsleep(): boolean {
    return this.asleep !== null
  }

  /**
   * Runs `change` on the document (waking the meeting); what it changes is stored and relayed
   * like a client's update.
   */
  edit<T>(change: (doc: Y.Doc) => T): T {
    return change(this.wake())
  }

  /**
   * Runs `use` on the document as it is: the live one, or while asleep a copy built for the call
   * (so reading never keeps a sleeping meeting awake). `use` must not change it.
   */
  read<T>(use: (doc: Y.Doc) => T): T {
    if (!this.asleep) return use(this.awakeDoc())
    const copy = new Y.Doc()
    try {
      Y.applyUpdate(copy, this.asleep.update)
      return use(copy)
    } finally {
      copy.destroy()
    }
  }

  /** The whole document as one update. */
  encodeState(): Uint8Array {
    return this.asleep ? this.asleep.update : Y.encodeStateAsUpdate(this.awakeDoc())
  }

  /** The document's state vector. */
  private stateVector(): Uint8Array {
    return this.asleep ? this.asleep.stateVector : Y.encodeStateVector(this.awakeDoc())
  }

  /** The live Y.Doc of an awake room (throws once the room is destroyed). */
  private awakeDoc(): Y.Doc {
    if (!this.live) throw new Error(`meeting ${this.id} is unloaded`)
    return this.live
  }

  private attach(doc: Y.Doc): void {
    this.live = doc
    doc.on('update', this.onDocUpdate)
    doc.on('afterTransaction', this.onAfterTransaction)
    doc.getMap(DocLayout.meta).observe(() => this.store.touchMeta(this))
  }

  /** The Y.Doc, built from the encoded state if the meeting is asleep. */
  private wake(): Y.Doc {
    this.lastActive = Date.now()
    if (this.live) return this.live
    const asleep = this.asleep
    if (!asleep) throw new Error(`meeting ${this.id} is unloaded`)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, asleep.update)
    // After applying: Yjs gives a document a new client id when a remote update holds its own.
    doc.clientID = this.clientId
    this.asleep = null
    this.attach(doc)
    this.metrics.roomsAsleep--
    this.scheduleSleep()
    return doc
  }

  /**
   * Puts the meeting to sleep if nothing is waiting to be stored or sent and nobody changed it
   * for `sleepAfterMs` (or at once with `now`); returns whether it is asleep.
   */
  sleep(now = false): boolean {
    const doc = this.live
    if (!doc || this.closed) return this.asleep !== null
    const idle = Date.now() - this.lastActive
    if (!now && idle < this.options.sleepAfterMs) {
      this.scheduleSleep(this.options.sleepAfterMs - idle)
      return false
    }
    if (this.held.length > 0 || !this.isDurable) {
      this.scheduleSleep()
      return false
    }
    const update = Y.encodeStateAsUpdate(doc)
    const full = encodeSyncStep2Update(update)
    this.asleep = {
      full,
      update: full.subarray(full.byteLength - update.byteLength),
      stateVector: Y.encodeStateVector(doc),
      final: doc.getMap(DocLayout.meta).get('status') === 'final',
      epoch: readEpoch(doc),
    }
    this.live = null
    doc.destroy()
    this.syncAnswers.invalidate()
    this.metrics.roomsAsleep++
    return true
  }

  private scheduleSleep(delay = this.options.sleepAfterMs): void {
    if (this.sleepTimer || this.closed) return
    this.sleepTimer = setTimeout(() => {
      this.sleepTimer = undefined
      this.sleep()
    }, delay)
    this.sleepTimer.unref()
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
    conn.send(
      this.asleep
        ? encodeStateVectorMessage(this.asleep.stateVector)
        : encodeSyncStep1(this.awakeDoc()),
    )
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
        const reply = this.syncAnswer(stateVector)
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

  /** The sync step 2 message for a client with `stateVector`; throws on a malformed one. */
  private syncAnswer(stateVector: Uint8Array): Uint8Array {
    const asleep = this.asleep
    if (!asleep) return this.syncAnswers.syncStep2(stateVector)
    if (Y.decodeStateVector(stateVector).size === 0) return asleep.full
    return encodeSyncStep2Update(Y.diffUpdate(asleep.update, stateVector))
  }

  private applyFrom(conn: RoomConnection, update: Uint8Array): void {
    // What a client sends when it has nothing the server lacks (its answer to our sync step 1).
    if (isEmptyUpdate(update)) return
    const doc = this.wake()
    checkUpdate(doc, update, conn.role, this.isFinal)
    Y.applyUpdate(doc, update, conn)
    this.metrics.received()
  }

  /**
   * A message of another instance: its clients' stored updates and presence, or renewed links.
   * Updates are applied and relayed here, never stored or published again.
   */
  receiveRemote(kind: FanoutKind, payload: Uint8Array): void {
    if (this.closed) return
    switch (kind) {
      case FanoutKind.Update:
        Y.applyUpdate(this.wake(), payload, REMOTE_ORIGIN)
        return
      case FanoutKind.Awareness:
        awarenessProtocol.applyAwarenessUpdate(this.awareness, payload, REMOTE_ORIGIN)
        return
      case FanoutKind.RevokeLinks:
        this.revokeLinks(new DataView(payload.buffer, payload.byteOffset).getUint32(0))
        return
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.lastActive = Date.now()
    this.syncAnswers.invalidate()
    this.size.grow(update.byteLength)
    if (origin === REMOTE_ORIGIN) {
      // Stored by the instance it came from: only this instance's clients need it.
      const message = encodeUpdate(update)
      for (const conn of this.connections.keys()) conn.send(message)
      return
    }
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
    const doc = transaction.doc
    queueMicrotask(() => {
      if (doc.isDestroyed) return
      const lastEdited = doc.getMap<ItemEdit>(DocLayout.lastEdited)
      doc.transact(() => {
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
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)
    const message = encodeAwareness(update)
    for (const conn of this.connections.keys()) conn.send(message)
    if (origin !== REMOTE_ORIGIN) this.publish?.(FanoutKind.Awareness, update)
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
      this.publish?.(FanoutKind.Update, update)
      return
    }
    const merged = Y.mergeUpdates(relays.map(({ update }) => update))
    const message = encodeUpdate(merged)
    for (const conn of this.connections.keys()) conn.send(message)
    this.publish?.(FanoutKind.Update, merged)
  }

  /** The store made every update up to `seq` durable. */
  markDurable(seq: number): void {
    if (this.isDestroyed) return
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
      const saved = encodeSaved(this.stateVector())
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
    clearTimeout(this.sleepTimer)
    if (this.asleep) this.metrics.roomsAsleep--
    this.awareness.destroy()
    this.awareness.doc.destroy()
    this.live?.destroy()
    this.live = null
    this.asleep = null
  }
}

/** Whether `update` (format 1) holds nothing: no structs and no deletions. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0
}
