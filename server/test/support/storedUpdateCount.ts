import Database from 'better-sqlite3'
import { join } from 'node:path'

/** How many updates of a meeting are in its log in the server's SQLite file (read-only). */
export function storedUpdateCount(dataDir: string, meetingId: string): number {
  const db = new Database(join(dataDir, 'referat.db'), { readonly: true })
  try {
    const row = db.prepare('SELECT COUNT(*) AS n FROM updates WHERE meeting_id = ?').get(meetingId)
    return (row as { n: number }).n
  } finally {
    db.close()
  }
}
