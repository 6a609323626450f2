/**
 * Open connections per key (a meeting id, a network address), each key allowed at most `max`.
 * Keys without connections are forgotten, so the map only holds what is open.
 */
export class ConnectionCounter {
  private readonly counts = new Map<string, number>()

  constructor(private readonly max: number) {}

  /** Counts a connection under `key`; false (and nothing counted) when `key` is at its limit. */
  tryAcquire(key: string): boolean {
    const count = this.counts.get(key) ?? 0
    if (count >= this.max) return false
    this.counts.set(key, count + 1)
    return true
  }

  /** A connection counted under `key` closed. */
  release(key: string): void {
    const count = (this.counts.get(key) ?? 0) - 1
    if (count > 0) this.counts.set(key, count)
    else this.counts.delete(key)
  }
}
