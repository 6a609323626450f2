import { SqliteStorage } from '../../src/storage/SqliteStorage'
import type { StoredDocument } from '../../src/storage/Storage'

/** The real SQLite storage, but loading a meeting takes `delayMs` longer (a slow disk). */
export class SlowLoadStorage extends SqliteStorage {
  constructor(
    dataDir: string,
    private readonly delayMs: number,
  ) {
    super(dataDir)
  }

  override async loadDocument(id: string): Promise<StoredDocument | null> {
    await new Promise((resolve) => setTimeout(resolve, this.delayMs))
    return super.loadDocument(id)
  }
}
