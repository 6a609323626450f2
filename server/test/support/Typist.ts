import { onTestFinished } from 'vitest'
import type * as Y from 'yjs'
import { connectClient, type TestClient } from './connectClient'
import { firstParagraphText } from './firstParagraphText'
import type { Random } from './seededRandom'

/**
 * A real client (y-websocket, as `connectClient`) that keeps typing unique tokens such as
 * `[t3.17]` into the first paragraph of the first agenda item, always between two tokens, so the
 * paragraph stays a sequence of whole tokens whatever the interleaving. It records every update
 * it received from the server and every token it typed, also those typed while disconnected.
 */
export class Typist {
  readonly client: TestClient
  /** Every update the server sent this client (doc updates whose origin is the provider). */
  readonly received: Uint8Array[] = []
  /** The tokens this client typed, in order. */
  readonly typed: string[] = []
  /** The tokens typed while the client had no connection to the server. */
  readonly typedOffline: string[] = []
  /** Connection events (`connected`, `disconnected`, `close 1006` …) and when they happened. */
  readonly events: { at: number; event: string }[] = []
  private timer: NodeJS.Timeout | undefined

  constructor(
    readonly name: string,
    url: string,
    meetingId: string,
    token: string,
    private readonly random: Random,
    params: Record<string, string> = {},
  ) {
    this.client = connectClient(url, meetingId, token, params)
    onTestFinished(() => this.stop())
    const { doc, provider } = this.client
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === provider) this.received.push(update)
    })
    provider.on('status', ({ status }) => this.events.push({ at: Date.now(), event: status }))
    provider.on('connection-close', (event) => {
      this.events.push({ at: Date.now(), event: `close ${event?.code ?? 'local'}` })
    })
  }

  get doc(): Y.Doc {
    return this.client.doc
  }

  /** Connected and synced with the server. */
  get online(): boolean {
    return this.client.provider.wsconnected && this.client.provider.synced
  }

  /** The shared paragraph as a string. */
  get text(): string {
    return firstParagraphText(this.doc)?.toString() ?? ''
  }

  /** Types one token at a random token boundary; false if the paragraph is not there yet. */
  type(): boolean {
    const text = firstParagraphText(this.doc)
    if (!text) return false
    const current = text.toString()
    const boundaries = [0]
    for (let i = current.indexOf(']'); i !== -1; i = current.indexOf(']', i + 1)) {
      boundaries.push(i + 1)
    }
    const at = boundaries[Math.floor(this.random() * boundaries.length)] as number
    const token = `[${this.name}.${this.typed.length}]`
    text.insert(at, token)
    this.typed.push(token)
    if (!this.client.provider.wsconnected) this.typedOffline.push(token)
    return true
  }

  /** Types a token every `minMs`–`maxMs` until `stop()`. */
  start(minMs: number, maxMs: number): void {
    const next = () => {
      this.timer = setTimeout(
        () => {
          this.type()
          next()
        },
        minMs + this.random() * (maxMs - minMs),
      )
    }
    this.stop()
    next()
  }

  stop(): void {
    clearTimeout(this.timer)
    this.timer = undefined
  }
}
