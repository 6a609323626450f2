import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'

const NoSocket = class {
  constructor() {
    throw new Error('this test does not connect')
  }
} as unknown as typeof globalThis.WebSocket

/**
 * A real provider for `doc` that never connects; the test plays the server with `receive`, which
 * hands the provider one message (written whole, its type first) and returns the length of the
 * reply the provider wrote.
 */
export function offlineProvider(doc: Y.Doc) {
  const provider = new WebsocketProvider('ws://127.0.0.1:9', 'meeting', doc, {
    connect: false,
    disableBc: true,
    // Never constructed: the provider does not connect. (Node 20 has no global WebSocket.)
    WebSocketPolyfill: NoSocket,
  })
  const receive = (write: (encoder: encoding.Encoder) => void): number => {
    const encoder = encoding.createEncoder()
    write(encoder)
    const decoder = decoding.createDecoder(encoding.toUint8Array(encoder))
    const type = decoding.readVarUint(decoder)
    const reply = encoding.createEncoder()
    provider.messageHandlers[type]?.(reply, decoder, provider, true, type)
    return encoding.length(reply)
  }
  return { provider, receive }
}
