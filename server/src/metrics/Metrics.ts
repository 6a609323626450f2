/** Counters and gauges of one server, rendered in the Prometheus text format at /metrics. */
export class Metrics {
  connections = 0
  roomsLoaded = 0
  updatesStored = 0
  bytesStored = 0
  storageBatches = 0
  storageFailures = 0
  readonly rejected = new Map<string, number>()

  /** Counts a message or connection the server refused, by reason. */
  reject(reason: string): void {
    this.rejected.set(reason, (this.rejected.get(reason) ?? 0) + 1)
  }

  render(): string {
    const lines = [
      '# HELP referat_connections Open collaboration connections.',
      '# TYPE referat_connections gauge',
      `referat_connections ${this.connections}`,
      '# HELP referat_meetings_loaded Meetings whose document is in memory.',
      '# TYPE referat_meetings_loaded gauge',
      `referat_meetings_loaded ${this.roomsLoaded}`,
      '# HELP referat_updates_stored_total Document updates appended to storage.',
      '# TYPE referat_updates_stored_total counter',
      `referat_updates_stored_total ${this.updatesStored}`,
      '# HELP referat_update_bytes_stored_total Bytes of document updates appended to storage.',
      '# TYPE referat_update_bytes_stored_total counter',
      `referat_update_bytes_stored_total ${this.bytesStored}`,
      '# HELP referat_storage_batches_total Storage transactions of appended updates.',
      '# TYPE referat_storage_batches_total counter',
      `referat_storage_batches_total ${this.storageBatches}`,
      '# HELP referat_storage_failures_total Storage transactions that failed.',
      '# TYPE referat_storage_failures_total counter',
      `referat_storage_failures_total ${this.storageFailures}`,
      '# HELP referat_rejected_total Messages and connections refused, by reason.',
      '# TYPE referat_rejected_total counter',
      ...[...this.rejected].map(([reason, n]) => `referat_rejected_total{reason="${reason}"} ${n}`),
    ]
    return `${lines.join('\n')}\n`
  }
}
