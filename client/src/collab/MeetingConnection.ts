import { CloseCodes, DocLayout, readEpoch, readMeta } from '@referat/shared'
import { IndexeddbPersistence } from 'y-indexeddb'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { ConnectionState } from './ConnectionState'
import { createValueStore, type ValueStore } from './createValueStore'
import type { FatalError } from './FatalError'
import { fatalErrorForClose } from './fatalErrorForClose'
import type { MetaSnapshot } from './MetaSnapshot'
import type { Presence } from './Presence'
import type { PresenceUser } from './PresenceUser'
import { readPresence } from './readPresence'
import { samePresence } from './samePresence'
import { RemoteUpdateBatcher } from './RemoteUpdateBatcher'
import { SaveTracker } from './SaveTracker'

/** Failed attempts in a row after which we say "offline" rather than "reconnecting". */
const OFFLINE_AFTER_FAILURES = 5
/**
 * Close codes after which our local copy holds what the server will never take, so the page drops
 * it and loads the meeting again: a refused update (4409), one that would have made the meeting
 * too large (4413), a copy of an earlier state of the meeting, restored since (4410).
 */
const DROP_COPY_CLOSE_CODES: readonly number[] = [
  CloseCodes.Rejected.code,
  CloseCodes.MeetingTooLarge.code,
  CloseCodes.Replaced.code,
]
/**
 * Close codes meaning "too much right now" (a rate or connection limit of the server): wait a
 * growing, jittered while before reconnecting, instead of y-websocket's quick retry.
 */
const BUSY_CLOSE_CODES: readonly number[] = [
  CloseCodes.TooManyMessages.code,
  CloseCodes.MeetingFull.code,
]
const BUSY_FIRST_DELAY_MS = 2000
const BUSY_MAX_DELAY_MS = 30_000
/** How long to wait for the local copy (IndexedDB) before connecting without it. */
const LOCAL_COPY_WAIT_MS = 3000

export interface MeetingConnectionOptions {
  meetingId: string
  /** The capability token of the meeting link. */
  token: string
}

/**
 * One open meeting: its Y.Doc, kept in IndexedDB (so writing continues offline and merges back)
 * and synced with the server over y-websocket, with observable state for the UI.
 */
export class MeetingConnection {
  readonly doc = new Y.Doc()
  readonly provider: WebsocketProvider
  readonly persistence: IndexeddbPersistence
  readonly saves: SaveTracker
  /** True once the document has content to show (from the server or from IndexedDB). */
  readonly ready = createValueStore(false)
  readonly connection: ValueStore<ConnectionState> = createValueStore<ConnectionState>('connecting')
  /** Set when the server refused us for good; the provider then stops reconnecting. */
  readonly fatal = createValueStore<FatalError | null>(null)
  /**
   * Why the server rejected an update of ours (close 4409), or null. The local copy then holds
   * changes the server will never take: the page drops it and opens the meeting again.
   */
  readonly rejection = createValueStore<string | null>(null)
  readonly meta: ValueStore<MetaSnapshot>
  readonly presence: ValueStore<Presence[]>
  private readonly batcher: RemoteUpdateBatcher
  private everConnected = false
  private busyDelayMs = 0
  private busyTimer: number | undefined
  private destroyedFlag = false

  constructor({ meetingId, token }: MeetingConnectionOptions) {
    this.persistence = new IndexeddbPersistence(`referat-${meetingId}`, this.doc)
    const protocol = window.location.protocol === 'https:' ? 'wss' : 'ws'
    this.provider = new WebsocketProvider(
      `${protocol}://${window.location.host}/collab`,
      meetingId,
      this.doc,
      { params: { token, ack: '1' }, connect: false },
    )
    this.saves = new SaveTracker(this.doc, this.provider)
    this.batcher = new RemoteUpdateBatcher(this.doc, this.provider)

    const metaMap = this.doc.getMap<unknown>(DocLayout.meta)
    this.meta = createValueStore(this.readMetaSnapshot())
    metaMap.observe(this.onMetaChange)
    this.presence = createValueStore(readPresence(this.provider.awareness))
    this.provider.awareness.on('change', this.onAwarenessChange)

    this.persistence.on('synced', this.onPersistenceSynced)
    this.provider.on('sync', this.onSync)
    this.provider.on('status', this.onStatus)
    this.provider.on('connection-close', this.onConnectionClose)
    window.addEventListener('online', this.onOnline)
    window.addEventListener('offline', this.onOffline)
    this.doc.getMap(DocLayout.epoch).observe(this.onEpochChange)
    // Connect once the local copy is loaded, so the server learns which state of the meeting it
    // is a copy of (its epoch) before it takes anything from it. Opened offline (from the
    // service worker's cache), the page says so at once.
    let started = false
    const connectFirst = () => {
      if (started || this.destroyedFlag) return
      started = true
      this.onEpochChange()
      if (navigator.onLine) this.provider.connect()
      else this.updateConnection()
    }
    void this.persistence.whenSynced.then(connectFirst, connectFirst)
    // Should IndexedDB not answer, connect without the local copy rather than never.
    window.setTimeout(connectFirst, LOCAL_COPY_WAIT_MS)
  }

  /** Changes the name, colour or role others see. */
  setUser(user: PresenceUser): void {
    this.provider.awareness.setLocalStateField('user', user)
  }

  get destroyed(): boolean {
    return this.destroyedFlag
  }

  destroy(): void {
    this.destroyedFlag = true
    window.clearTimeout(this.busyTimer)
    window.removeEventListener('online', this.onOnline)
    window.removeEventListener('offline', this.onOffline)
    this.doc.getMap(DocLayout.meta).unobserve(this.onMetaChange)
    this.provider.awareness.off('change', this.onAwarenessChange)
    this.batcher.destroy()
    this.saves.destroy()
    this.provider.destroy()
    void this.persistence.destroy()
    this.doc.destroy()
  }

  private readMetaSnapshot(): MetaSnapshot {
    return { meta: readMeta(this.doc), raw: this.doc.getMap<unknown>(DocLayout.meta).toJSON() }
  }

  private readonly onMetaChange = (): void => {
    this.meta.set(this.readMetaSnapshot())
  }

  private readonly onAwarenessChange = (): void => {
    const people = readPresence(this.provider.awareness)
    if (!samePresence(people, this.presence.get())) this.presence.set(people)
  }

  /** Tells the server, on every (re)connect, the epoch of our copy of the meeting. */
  private readonly onEpochChange = (): void => {
    const epoch = readEpoch(this.doc)
    if (epoch) this.provider.params.epoch = epoch
  }

  private readonly onPersistenceSynced = (): void => {
    if (this.doc.getXmlFragment(DocLayout.body).length > 0) this.ready.set(true)
  }

  private readonly onSync = (synced: boolean): void => {
    if (!synced) return
    this.ready.set(true)
    this.busyDelayMs = 0
  }

  private readonly onStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') this.everConnected = true
    this.updateConnection()
  }

  private readonly onConnectionClose = (event: CloseEvent | null): void => {
    const code = event?.code
    if (event && code !== undefined && DROP_COPY_CLOSE_CODES.includes(code)) {
      this.provider.disconnect()
      this.rejection.set(event.reason || CloseCodes.Rejected.reason)
    }
    if (code !== undefined && BUSY_CLOSE_CODES.includes(code)) this.retryLater()
    const fatal = event ? fatalErrorForClose(event.code) : null
    if (fatal) {
      this.provider.disconnect()
      this.fatal.set(fatal)
    }
    this.updateConnection()
  }

  /** The server is busy (a limit): reconnect after a growing, jittered delay. */
  private retryLater(): void {
    this.provider.disconnect()
    this.busyDelayMs = Math.min(BUSY_MAX_DELAY_MS, this.busyDelayMs * 2 || BUSY_FIRST_DELAY_MS)
    window.clearTimeout(this.busyTimer)
    this.busyTimer = window.setTimeout(
      () => {
        if (navigator.onLine) this.onOnline()
      },
      this.busyDelayMs * (0.5 + Math.random()),
    )
  }

  /**
   * When the browser says it is offline, the socket may still look open for a long while
   * (until y-websocket's 30 s silence check). Close it at once, so the status tells the truth
   * and changes are clearly kept locally; reconnect when the browser is back online.
   */
  private readonly onOffline = (): void => {
    if (this.provider.shouldConnect) this.provider.disconnect()
    this.updateConnection()
  }

  private readonly onOnline = (): void => {
    if (!this.fatal.get() && !this.rejection.get() && !this.destroyedFlag) this.provider.connect()
    this.updateConnection()
  }

  private readonly updateConnection = (): void => {
    const failing = this.provider.wsUnsuccessfulReconnects >= OFFLINE_AFTER_FAILURES
    let state: ConnectionState
    if (!navigator.onLine) state = 'offline'
    else if (this.provider.wsconnected) state = 'connected'
    else if (failing) state = 'offline'
    else state = this.everConnected ? 'reconnecting' : 'connecting'
    this.connection.set(state)
  }
}
