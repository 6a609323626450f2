import * as decoding from 'lib0/decoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { messageSync, type WebsocketProvider } from 'y-websocket'

type MessageHandler = WebsocketProvider['messageHandlers'][number]

/** How long updates from others are gathered before they are applied together. */
const BATCH_MS = 16

/**
 * Applies the updates others make in batches: every update that arrives within `BATCH_MS` of
 * the first goes into the document in one transaction. The editor rebuilds its view of the
 * changed agenda items once per transaction, and with a few people typing into a long meeting
 * doing that once per message kept the page from answering its own keystrokes. A page that
 * falls behind catches up in one step, as more updates wait in each batch. Sync steps 1 and 2
 * go through at once, after whatever is waiting, so the order of changes is kept.
 */
export class RemoteUpdateBatcher {
  private readonly previous: MessageHandler | undefined
  private waiting: Uint8Array[] = []
  private timer: ReturnType<typeof setTimeout> | undefined

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
  ) {
    const previous = provider.messageHandlers[messageSync]
    this.previous = previous
    if (!previous) return
    provider.messageHandlers[messageSync] = (encoder, decoder, from, emitSynced, messageType) => {
      const peek = decoding.clone(decoder)
      if (decoding.readVarUint(peek) === syncProtocol.messageYjsUpdate) {
        this.waiting.push(decoding.readVarUint8Array(peek))
        this.timer ??= setTimeout(this.flush, BATCH_MS)
        return
      }
      this.flush()
      previous(encoder, decoder, from, emitSynced, messageType)
    }
  }

  /** Applies the waiting updates now, in one transaction whose origin is the provider. */
  readonly flush = (): void => {
    clearTimeout(this.timer)
    this.timer = undefined
    const updates = this.waiting
    if (updates.length === 0 || this.doc.isDestroyed) return
    this.waiting = []
    Y.transact(
      this.doc,
      () => {
        for (const update of updates) {
          try {
            Y.applyUpdate(this.doc, update, this.provider)
          } catch (error) {
            console.error('An update from the server could not be applied', error)
          }
        }
      },
      this.provider,
    )
  }

  destroy(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    this.waiting = []
    if (this.previous) this.provider.messageHandlers[messageSync] = this.previous
  }
}
