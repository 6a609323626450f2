import { readMeta, type MeetingMeta } from '@referat/shared'
import type { Logger } from '../log/Logger'
import type { Metrics } from '../metrics/Metrics'
import type { Storage, UpdateAuthor, UpdateRecord } from '../storage/Storage'
import type { Room, RoomStore } from './Room'

export interface UpdateWriterOptions {
  /** Compact a meeting's log into a snapshot once it holds this many updates. */
  compactAfter: number
  /** Called when storing a room's updates failed (the room has been told already). */
  onFailure: (room: Room, error: unknown) => void
}

/**
 * Appends the updates of all rooms to storage: everything queued during one turn of the event
 * loop goes into one transaction, then each room is told up to which update it is durable.
 * Batches run one after another, so the log keeps the order in which updates were applied.
 */
export class UpdateWriter implements RoomStore {
  private pending: { room: Room; update: Uint8Array; seq: number; author: UpdateAuthor | null }[] =
    []
  private readonly metaRooms = new Set<Room>()
  private scheduled = false
  private chain: Promise<void> = Promise.resolve()

  constructor(
    private readonly storage: Storage,
    private readonly options: UpdateWriterOptions,
    private readonly log: Logger,
    private readonly metrics: Metrics,
  ) {}

  append(room: Room, update: Uint8Array, seq: number, author: UpdateAuthor | null): void {
    this.pending.push({ room, update, seq, author })
    this.schedule()
  }

  touchMeta(room: Room): void {
    this.metaRooms.add(room)
    this.schedule()
  }

  /** Resolves once everything queued so far is stored (or has failed). */
  drain(): Promise<void> {
    if (this.scheduled) {
      this.scheduled = false
      this.chain = this.chain.then(() => this.writeBatch())
    }
    return this.chain
  }

  /** Writes `room`'s whole state as its snapshot and clears its log (after pending writes). */
  compact(room: Room): Promise<void> {
    this.chain = this.chain.then(async () => {
      if (room.isDestroyed) return
      try {
        this.log.debug('compacting', { meetingId: room.id, updates: room.loggedUpdates })
        await this.storage.compact(room.id, room.encodeState())
        room.loggedUpdates = 0
        this.log.debug('compacted', { meetingId: room.id })
      } catch (error) {
        this.log.error('compaction failed', { meetingId: room.id, error })
      }
    })
    return this.chain
  }

  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    setImmediate(() => {
      if (!this.scheduled) return
      this.scheduled = false
      this.chain = this.chain.then(() => this.writeBatch())
    })
  }

  private async writeBatch(): Promise<void> {
    const batch = this.pending
    const metaRooms = [...this.metaRooms]
    this.pending = []
    this.metaRooms.clear()
    if (batch.length === 0 && metaRooms.length === 0) return

    const updates: UpdateRecord[] = []
    const lastSeq = new Map<Room, number>()
    const counts = new Map<Room, number>()
    let bytes = 0
    for (const { room, update, seq, author } of batch) {
      updates.push({ meetingId: room.id, update, author })
      lastSeq.set(room, seq)
      counts.set(room, (counts.get(room) ?? 0) + 1)
      bytes += update.byteLength
    }
    const metas = new Map<string, MeetingMeta>()
    for (const room of metaRooms) if (!room.isDestroyed) metas.set(room.id, room.read(readMeta))

    const started = performance.now()
    try {
      await this.storage.appendBatch({ updates, metas })
    } catch (error) {
      this.metrics.storageFailed()
      for (const room of lastSeq.keys()) {
        room.fail(error)
        this.options.onFailure(room, error)
      }
      return
    }
    this.metrics.stored(updates.length, bytes, (performance.now() - started) / 1000)
    for (const [room, seq] of lastSeq) {
      room.loggedUpdates += counts.get(room) ?? 0
      room.markDurable(seq)
      if (room.loggedUpdates >= this.options.compactAfter) void this.compact(room)
    }
  }
}
