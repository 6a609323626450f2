import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'

/**
 * The metrics of one server (prom-client, its own registry, so several servers in one process
 * never mix their figures), served in the Prometheus text format at `/metrics`. Rates such as
 * updates or bytes per second are the counters' `rate()` in Prometheus.
 */
export class Metrics {
  readonly registry = new Registry()
  /** Open collaboration connections (kept by the collaboration endpoint). */
  connections = 0
  /** Meetings whose document is in memory (kept by the room registry). */
  roomsLoaded = 0
  /** Loaded meetings held as their encoded state only (kept by the rooms). */
  roomsAsleep = 0

  private readonly updatesReceived = new Counter({
    name: 'referat_updates_received_total',
    help: 'Document updates received from clients and applied.',
    registers: [this.registry],
  })
  private readonly updatesStored = new Counter({
    name: 'referat_updates_stored_total',
    help: 'Document updates appended to storage.',
    registers: [this.registry],
  })
  private readonly bytesStored = new Counter({
    name: 'referat_update_bytes_stored_total',
    help: 'Bytes of document updates appended to storage.',
    registers: [this.registry],
  })
  private readonly storageBatches = new Counter({
    name: 'referat_storage_batches_total',
    help: 'Storage transactions of appended updates.',
    registers: [this.registry],
  })
  private readonly storageFailures = new Counter({
    name: 'referat_storage_failures_total',
    help: 'Storage transactions that failed.',
    registers: [this.registry],
  })
  private readonly storageWrite = new Histogram({
    name: 'referat_storage_write_seconds',
    help: 'Time to make one batch of updates durable.',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  })
  private readonly rejected = new Counter({
    name: 'referat_rejected_total',
    help: 'Messages and connections refused, by reason.',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  })

  constructor() {
    // Figures kept elsewhere are read when scraped.
    const live = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read())
        },
      })
    live('referat_connections', 'Open collaboration connections.', () => this.connections)
    live('referat_meetings_loaded', 'Meetings whose document is in memory.', () => this.roomsLoaded)
    live(
      'referat_meetings_asleep',
      'Loaded meetings held as their encoded state until their next change.',
      () => this.roomsAsleep,
    )
    collectDefaultMetrics({ register: this.registry, prefix: 'referat_' })
  }

  /** Counts a message or connection the server refused, by reason. */
  reject(reason: string): void {
    this.rejected.inc({ reason })
  }

  /** Counts an update a client sent that the server applied. */
  received(): void {
    this.updatesReceived.inc()
  }

  /** Records one stored batch of `updates` updates of `bytes` bytes that took `seconds`. */
  stored(updates: number, bytes: number, seconds: number): void {
    this.storageBatches.inc()
    this.updatesStored.inc(updates)
    this.bytesStored.inc(bytes)
    this.storageWrite.observe(seconds)
  }

  /** Records a storage transaction that failed. */
  storageFailed(): void {
    this.storageFailures.inc()
  }

  /** How many refusals of `reason` were counted (for tests and diagnostics). */
  async rejectedCount(reason: string): Promise<number> {
    const { values } = await this.rejected.get()
    return values.find((value) => value.labels.reason === reason)?.value ?? 0
  }

  get contentType(): string {
    return this.registry.contentType
  }

  render(): Promise<string> {
    return this.registry.metrics()
  }
}
