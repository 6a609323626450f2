import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import type { Logger } from '../log/Logger'

/** What travels between instances about one meeting. */
export enum FanoutKind {
  /** A document update, already stored by the instance that sends it. */
  Update = 0,
  /** An awareness (presence) update of that instance's clients. */
  Awareness = 1,
  /** The meeting's links were renewed: a 4-byte link generation. */
  RevokeLinks = 2,
}

export type FanoutHandler = (kind: FanoutKind, payload: Uint8Array) => void

const ID_BYTES = 8

/**
 * Updates and presence of the meetings open on several instances, over Redis pub/sub
 * (`REDIS_URL`): one channel per meeting, each message tagged with the sending instance, which
 * ignores its own (no loops). Pub/sub delivers only to instances connected at that moment; what
 * one misses during a blip is in storage (every update is stored before it is published), so
 * after a reconnect `onResubscribed` lets the rooms reload what they lack.
 */
export class RedisFanout {
  private readonly instance = randomBytes(ID_BYTES)
  private readonly publisher: Redis
  private readonly subscriber: Redis
  private readonly handlers = new Map<string, FanoutHandler>()
  private resubscribed: () => void = () => {}
  private readyOnce = false

  constructor(
    url: string,
    private readonly log: Logger,
    /** Prefix of the channels (tests use one each). */
    private readonly prefix = 'referat:',
  ) {
    const options = { maxRetriesPerRequest: null, enableOfflineQueue: true }
    this.publisher = new Redis(url, options)
    this.subscriber = new Redis(url, options)
    for (const connection of [this.publisher, this.subscriber]) {
      connection.on('error', (error: Error) =>
        this.log.warn('redis connection error', { error: error.message }),
      )
    }
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.deliver(channel.toString(), message),
    )
    // ioredis subscribes again by itself after a reconnect; the rooms then catch up.
    this.subscriber.on('ready', () => {
      if (this.readyOnce) this.resubscribed()
      this.readyOnce = true
    })
  }

  /** Waits until both connections are up. */
  async start(): Promise<void> {
    await Promise.all([this.publisher.ping(), this.subscriber.ping()])
  }

  /** Called after the subscriber reconnected and subscribed again (messages may be missing). */
  onResubscribed(callback: () => void): void {
    this.resubscribed = callback
  }

  private channel(meetingId: string): string {
    return `${this.prefix}meeting:${meetingId}`
  }

  /** Receives the meeting's messages from other instances (resolves once subscribed). */
  async join(meetingId: string, handler: FanoutHandler): Promise<void> {
    this.handlers.set(this.channel(meetingId), handler)
    await this.subscriber.subscribe(this.channel(meetingId))
  }

  async leave(meetingId: string): Promise<void> {
    this.handlers.delete(this.channel(meetingId))
    await this.subscriber.unsubscribe(this.channel(meetingId)).catch(() => {})
  }

  /** Sends to the other instances that have the meeting open. */
  publish(meetingId: string, kind: FanoutKind, payload: Uint8Array): void {
    const message = Buffer.concat([this.instance, Buffer.from([kind]), payload])
    this.publisher.publish(this.channel(meetingId), message).catch((error: Error) => {
      this.log.warn('redis publish failed', { meetingId, error: error.message })
    })
  }

  private deliver(channel: string, message: Buffer): void {
    if (message.length <= ID_BYTES) return
    if (message.subarray(0, ID_BYTES).equals(this.instance)) return
    const handler = this.handlers.get(channel)
    if (!handler) return
    const kind = message[ID_BYTES] as FanoutKind
    const payload = new Uint8Array(message.subarray(ID_BYTES + 1))
    try {
      handler(kind, payload)
    } catch (error) {
      this.log.error('a message from another instance could not be applied', { channel, error })
    }
  }

  async close(): Promise<void> {
    this.handlers.clear()
    await Promise.all([
      this.publisher.quit().catch(() => {}),
      this.subscriber.quit().catch(() => {}),
    ])
  }
}
