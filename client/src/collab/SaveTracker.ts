import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import * as syncProtocol from 'y-protocols/sync'
import { messageSync, type WebsocketProvider } from 'y-websocket'
import { createValueStore, type ValueStore } from './createValueStore'
import { MessageType } from '@referat/shared'

/** `saved`: the server has stored everything this document holds. */
export type SaveState = 'saved' | 'pending'

type MessageHandler = WebsocketProvider['messageHandlers'][number]

/**
 * Knows whether the server has durably stored every change in the local document. What the
 * server is known to hold is the maximum, per client, of the state vectors it sent (sync step 1
 * at connect, and every save acknowledgement) and of the updates it relayed to us. The local
 * document is saved when none of its clients' clocks is ahead of that. Checking every client,
 * not only our own, covers changes made offline in an earlier session (stored in IndexedDB
 * under another client id) that are only sent once we reconnect.
 */
export class SaveTracker {
  readonly state: ValueStore<SaveState>
  private readonly serverClocks = new Map<number, number>()
  private readonly originalSyncHandler: MessageHandler | undefined

  constructor(
    private readonly doc: Y.Doc,
    private readonly provider: WebsocketProvider,
  ) {
    this.state = createValueStore<SaveState>(this.compute())
    provider.messageHandlers[MessageType.Saved] = (_encoder, decoder) => {
      this.learn(Y.decodeStateVector(decoding.readVarUint8Array(decoder)))
    }
    const syncHandler = provider.messageHandlers[messageSync]
    this.originalSyncHandler = syncHandler
    if (syncHandler) {
      provider.messageHandlers[messageSync] = (
        encoder,
        decoder,
        provider,
        emitSynced,
        messageType,
      ) => {
        this.peekSyncStep1(decoder)
        syncHandler(encoder, decoder, provider, emitSynced, messageType)
      }
    }
    doc.on('update', this.onUpdate)
  }

  destroy(): void {
    this.doc.off('update', this.onUpdate)
    delete this.provider.messageHandlers[MessageType.Saved]
    if (this.originalSyncHandler) {
      this.provider.messageHandlers[messageSync] = this.originalSyncHandler
    }
  }

  /** Reads the server's state vector out of a sync step 1 without consuming the decoder. */
  private peekSyncStep1(decoder: decoding.Decoder): void {
    const peek = decoding.clone(decoder)
    if (decoding.readVarUint(peek) !== syncProtocol.messageYjsSyncStep1) return
    this.learn(Y.decodeStateVector(decoding.readVarUint8Array(peek)))
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this.provider) {
      this.learn(Y.parseUpdateMeta(update).to)
    } else {
      this.state.set(this.compute())
    }
  }

  private learn(clocks: Map<number, number>): void {
    for (const [client, clock] of clocks) {
      if (clock > (this.serverClocks.get(client) ?? 0)) this.serverClocks.set(client, clock)
    }
    this.state.set(this.compute())
  }

  private compute(): SaveState {
    for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(this.doc))) {
      if (clock > (this.serverClocks.get(client) ?? 0)) return 'pending'
    }
    return 'saved'
  }
}
