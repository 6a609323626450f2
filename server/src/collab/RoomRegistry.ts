import { renewEpoch, type CloseCode } from '@referat/shared'
import type { Logger } from '../log/Logger'
import type { Metrics } from '../metrics/Metrics'
import type { MeetingRecord, Storage } from '../storage/Storage'
import { FanoutKind, type RedisFanout } from './RedisFanout'
import { Room, SERVER_ORIGIN } from './Room'
import { UpdateWriter } from './UpdateWriter'

export interface RoomRegistryOptions {
  /** How long a meeting with no connections stays in memory. */
  idleUnloadMs: number
  /** Compact a meeting's update log into a snapshot once it holds this many updates. */
  compactAfter: number
  /** A loaded meeting nobody changed for this long is held encoded only (see `Room`). */
  sleepAfterMs: number
}

/**
 * The meetings in memory. A meeting is loaded from storage on its first connection (before any
 * message of that connection is answered) and unloaded, with its log compacted into a snapshot,
 * once it has had no connection for `idleUnloadMs`.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Promise<Room | null>>()
  private readonly unloading = new Map<string, Promise<void>>()
  readonly writer: UpdateWriter

  constructor(
    private readonly storage: Storage,
    private readonly options: RoomRegistryOptions,
    private readonly log: Logger,
    private readonly metrics: Metrics,
    /** Other instances sharing the storage (`REDIS_URL`), or null for a single instance. */
    private readonly fanout: RedisFanout | null = null,
  ) {
    fanout?.onResubscribed(() => void this.catchUp())
    this.writer = new UpdateWriter(
      storage,
      {
        compactAfter: options.compactAfter,
        onFailure: (room) => {
          if (this.rooms.has(room.id)) void this.unload(room, false)
        },
      },
      log,
      metrics,
    )
  }

  /** The room of a meeting, loading it if needed; null if there is no such meeting. */
  async open(id: string): Promise<Room | null> {
    let pending = this.rooms.get(id)
    if (!pending) {
      pending = this.load(id)
      this.rooms.set(id, pending)
      pending.then(
        (room) => {
          if (!room && this.rooms.get(id) === pending) this.rooms.delete(id)
        },
        () => {
          if (this.rooms.get(id) === pending) this.rooms.delete(id)
        },
      )
    }
    const room = await pending
    // Unloaded meanwhile: load it again.
    if (room?.closed) return this.open(id)
    return room
  }

  /** A connection left `room`: unload it later if nobody else is connected. */
  release(room: Room): void {
    if (room.connectionCount > 0 || room.closed) return
    clearTimeout(room.idleTimer)
    room.idleTimer = setTimeout(() => {
      if (room.connectionCount === 0 && !room.closed) void this.unload(room, true)
    }, this.options.idleUnloadMs)
    room.idleTimer.unref()
  }

  /** A connection joined `room`. */
  retain(room: Room): void {
    clearTimeout(room.idleTimer)
    room.idleTimer = undefined
  }

  get loadedCount(): number {
    return this.rooms.size
  }

  /**
   * The meeting's links were renewed to `generation`: closes (4401) its connections that use
   * older links. Returns how many were closed.
   */
  async revokeLinks(id: string, generation: number): Promise<number> {
    const payload = new Uint8Array(4)
    new DataView(payload.buffer).setUint32(0, generation)
    this.fanout?.publish(id, FanoutKind.RevokeLinks, payload)
    const room = await this.rooms.get(id)?.catch(() => null)
    return room && !room.closed ? room.revokeLinks(generation) : 0
  }

  /** The stored record of a meeting (e.g. its current link generation), or null. */
  meeting(id: string): Promise<MeetingRecord | null> {
    return this.storage.getMeeting(id)
  }

  /** Meetings currently in memory with their connection counts (for diagnostics). */
  async loadedRooms(): Promise<Room[]> {
    const rooms = await Promise.all(this.rooms.values())
    return rooms.filter((room): room is Room => room !== null && !room.closed)
  }

  /** Closes every connection with `code`, stores everything and unloads every meeting. */
  async closeAll(code: CloseCode): Promise<void> {
    const rooms = await this.loadedRooms()
    for (const room of rooms) room.closeAll(code)
    await Promise.all(rooms.map((room) => this.unload(room, true)))
    await this.writer.drain()
  }

  private async load(id: string): Promise<Room | null> {
    await this.unloading.get(id)
    // With other instances: subscribe before reading storage, so that nothing they store and
    // publish meanwhile falls between the two; what arrives early is applied after the load.
    let loaded: Room | null = null
    const early: [FanoutKind, Uint8Array][] = []
    await this.fanout?.join(id, (kind, payload) => {
      if (loaded) loaded.receiveRemote(kind, payload)
      else early.push([kind, payload])
    })
    const stored = await this.storage.loadDocument(id).catch(async (error: unknown) => {
      await this.fanout?.leave(id)
      throw error
    })
    if (!stored) {
      await this.fanout?.leave(id)
      return null
    }
    const room = new Room(id, stored, this.writer, this.log, this.metrics, {
      sleepAfterMs: this.options.sleepAfterMs,
    })
    const fanout = this.fanout
    if (fanout) room.publish = (kind, payload) => fanout.publish(id, kind, payload)
    loaded = room
    for (const [kind, payload] of early) room.receiveRemote(kind, payload)
    // Meetings made before epochs existed get one (stored like any other update).
    if (!room.epoch) room.edit((doc) => renewEpoch(doc, SERVER_ORIGIN))
    // Until someone changes it, the meeting is held encoded (see `Room`).
    room.sleep(true)
    this.metrics.roomsLoaded++
    this.log.debug('meeting loaded', { meetingId: id, updates: stored.updates.length })
    this.release(room)
    return room
  }

  /**
   * After a Redis blip: messages of other instances may be lost, but what they sent is stored,
   * so every open meeting takes what it lacks from storage (Yjs skips what it has).
   */
  private async catchUp(): Promise<void> {
    for (const room of await this.loadedRooms()) {
      try {
        const stored = await this.storage.loadDocument(room.id)
        if (!stored) continue
        for (const update of [stored.snapshot, ...stored.updates]) {
          if (update) room.receiveRemote(FanoutKind.Update, update)
        }
      } catch (error) {
        this.log.error('catching up from storage failed', { meetingId: room.id, error })
      }
    }
  }

  private unload(room: Room, compact: boolean): Promise<void> {
    const existing = this.unloading.get(room.id)
    if (existing && room.closed) return existing
    room.closed = true
    clearTimeout(room.idleTimer)
    this.rooms.delete(room.id)
    const done = (async () => {
      await this.writer.drain()
      if (compact && room.loggedUpdates > 0 && !room.isDestroyed) {
        await this.writer.compact(room)
      }
      room.destroy()
      await this.fanout?.leave(room.id)
      this.metrics.roomsLoaded--
      this.log.debug('meeting unloaded', { meetingId: room.id })
    })()
    this.unloading.set(room.id, done)
    void done.finally(() => {
      if (this.unloading.get(room.id) === done) this.unloading.delete(room.id)
    })
    return done
  }
}
