import { SqliteStorage } from '../../src/storage/SqliteStorage'
import type { WriteBatch } from '../../src/storage/Storage'

/** The real SQLite storage, but every append takes `delayMs` longer (a slow disk). */
export class SlowStorage extends SqliteStorage {
  constructor(
    dataDir: string,
    private readonly delayMs: number,
  ) {
    super(dataDir)
  }

  override async appendBatch(batch: WriteBatch): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, this.delayMs))
    return super.appendBatch(batch)
  }
}
