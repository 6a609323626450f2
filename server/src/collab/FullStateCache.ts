import * as Y from 'yjs'
import { encodeSyncStep2 } from './encodeMessages'

/**
 * Answers sync step 1 messages, keeping the answer to an empty state vector (a client that
 * opens the meeting for the first time) until the document changes. When a hundred people open
 * a large meeting at once, the whole document is then encoded once rather than a hundred times
 * while nobody types (and once per change while someone does), and the sockets' send queues
 * share one buffer instead of holding a copy each. Holds one encoded copy of the document at
 * most, dropped on the next change.
 */
export class FullStateCache {
  private full: Uint8Array | null = null

  constructor(private readonly doc: Y.Doc) {
    doc.on('update', this.onUpdate)
  }

  /** The sync step 2 message for a client with `stateVector`; throws on a malformed one. */
  syncStep2(stateVector: Uint8Array): Uint8Array {
    if (Y.decodeStateVector(stateVector).size > 0) return encodeSyncStep2(this.doc, stateVector)
    this.full ??= encodeSyncStep2(this.doc, stateVector)
    return this.full
  }

  private readonly onUpdate = (): void => {
    this.full = null
  }
}
