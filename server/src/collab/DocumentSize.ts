/**
 * Keeps an upper estimate of the encoded size of a document, for the per-meeting size limit,
 * without encoding the whole document on every update: the estimate starts at the exact size and
 * grows by the size of every update applied (updates that repeat or delete content make it
 * overestimate). Only when the estimate would cross the limit is the exact size taken again, so
 * the full encoding runs rarely, and nothing is refused that would fit.
 */
export class DocumentSize {
  private estimate: number | null = null

  /** `exactSize` encodes the document and returns its size. */
  constructor(private readonly exactSize: () => number) {}

  /** Whether adding `bytes` more could take the document over `max` bytes (exact when it says so). */
  wouldExceed(bytes: number, max: number): boolean {
    if (this.estimate !== null && this.estimate + bytes <= max) return false
    this.estimate = this.exactSize()
    return this.estimate + bytes > max
  }

  /** An update of `bytes` was applied. */
  grow(bytes: number): void {
    if (this.estimate !== null) this.estimate += bytes
  }
}
