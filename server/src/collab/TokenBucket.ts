/**
 * A token bucket: holds up to `burst` tokens and refills at `perSecond` tokens a second. Each
 * message takes one; a message finding the bucket empty is over the limit. So a client may send
 * `burst` messages at once (a paste, a reconnect) and `perSecond` a second for as long as it likes.
 */
export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = performance.now.bind(performance),
  ) {
    this.tokens = burst
    this.last = now()
  }

  /** Takes a token; false when there is none (the caller is over the limit). */
  take(): boolean {
    const now = this.now()
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond)
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
