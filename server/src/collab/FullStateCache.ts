import * as Y from 'yjs'

/** How long an encoded copy is kept while the document does not change. */
const KEEP_MS = 5000

/**
 * Answers sync step 1 messages, keeping the answer to an empty state vector (a client that
 * opens the meeting for the first time) until the document changes. When a hundred people open
 * a large meeting at once, the whole document is then encoded once rather than a hundred times
 * while nobody types (and once per change while someone does), and the sockets' send queues
 * share one buffer instead of holding a copy each. Holds one encoded copy of the document at
 * most, dropped on the next change or after a few seconds (a loaded meeting should not carry a
 * second copy of itself in memory).
 */
export class FullStateCache {
  private full: Uint8Array | null = null
  private expiry: NodeJS.Timeout | undefined

  /** `encode` makes the sync step 2 message for a state vector. */
  constructor(private readonly encode: (stateVector: Uint8Array) => Uint8Array) {}

  /** The sync step 2 message for a client with `stateVector`; throws on a malformed one. */
  syncStep2(stateVector: Uint8Array): Uint8Array {
    if (Y.decodeStateVector(stateVector).size > 0) return this.encode(stateVector)
    if (!this.full) {
      this.full = this.encode(stateVector)
      clearTimeout(this.expiry)
      this.expiry = setTimeout(this.invalidate, KEEP_MS)
      this.expiry.unref()
    }
    return this.full
  }

  /** The document changed. */
  readonly invalidate = (): void => {
    this.full = null
  }
}
