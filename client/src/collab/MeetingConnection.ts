import { CloseCodes, DocLayout, readMeta } from '@referat/shared'
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
import { SaveTracker } from './SaveTracker'

/** Failed attempts in a row after which we say "offline" rather than "reconnecting". */
const OFFLINE_AFTER_FAILURES = 5

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
  private everConnected = false
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
    if (navigator.onLine) this.provider.connect()
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
    window.removeEventListener('online', this.onOnline)
    window.removeEventListener('offline', this.onOffline)
    this.doc.getMap(DocLayout.meta).unobserve(this.onMetaChange)
    this.provider.awareness.off('change', this.onAwarenessChange)
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

  private readonly onPersistenceSynced = (): void => {
    if (this.doc.getXmlFragment(DocLayout.body).length > 0) this.ready.set(true)
  }

  private readonly onSync = (synced: boolean): void => {
    if (synced) this.ready.set(true)
  }

  private readonly onStatus = ({ status }: { status: string }): void => {
    if (status === 'connected') this.everConnected = true
    this.updateConnection()
  }

  private readonly onConnectionClose = (event: CloseEvent | null): void => {
    if (event?.code === CloseCodes.Rejected.code) {
      this.provider.disconnect()
      this.rejection.set(event.reason || CloseCodes.Rejected.reason)
    }
    const fatal = event ? fatalErrorForClose(event.code) : null
    if (fatal) {
      this.provider.disconnect()
      this.fatal.set(fatal)
    }
    this.updateConnection()
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
