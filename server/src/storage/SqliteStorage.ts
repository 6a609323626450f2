import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { meetingMeta, type MeetingMeta } from '@referat/shared'
import type { MeetingRecord, Storage, StoredDocument, TemplateRecord, WriteBatch } from './Storage'

const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meetings (
     id TEXT PRIMARY KEY,
     meta TEXT NOT NULL,
     meeting_date TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE snapshots (
     meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
     state BLOB NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE updates (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     data BLOB NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE INDEX updates_by_meeting ON updates(meeting_id, seq);`,
  `ALTER TABLE updates ADD COLUMN author_role TEXT;
   ALTER TABLE updates ADD COLUMN author_name TEXT;
   CREATE TABLE versions (
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     version INTEGER NOT NULL,
     state BLOB NOT NULL,
     created_at TEXT NOT NULL,
     PRIMARY KEY (meeting_id, version)
   );`,
  `ALTER TABLE meetings ADD COLUMN link_generation INTEGER NOT NULL DEFAULT 0;`,
  `CREATE TABLE templates (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     group_name TEXT NOT NULL,
     agenda TEXT NOT NULL,
     created_at TEXT NOT NULL
   );`,
]

interface MeetingRow {
  id: string
  meta: string
  created_at: string
  updated_at: string
  link_generation: number
}

function toRecord(row: MeetingRow): MeetingRecord {
  return {
    id: row.id,
    meta: meetingMeta.parse(JSON.parse(row.meta)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    linkGeneration: row.link_generation,
  }
}

/**
 * The default storage: one SQLite file (`referat.db`) in the data folder, WAL mode. A
 * committed transaction survives a crash of the process (synchronous=NORMAL); `synchronous:
 * 'full'` also makes it survive a power loss, at the cost of an fsync per transaction.
 */
export class SqliteStorage implements Storage {
  private readonly db: Database.Database
  private readonly statements

  constructor(dataDir: string, options: { synchronous?: 'normal' | 'full' } = {}) {
    mkdirSync(dataDir, { recursive: true })
    this.db = new Database(join(dataDir, 'referat.db'))
    this.db.pragma('journal_mode = WAL')
    this.db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`)
    this.db.pragma('foreign_keys = ON')
    this.db.pragma('busy_timeout = 5000')
    this.migrate()
    const db = this.db
    this.statements = {
      insertMeeting: db.prepare(
        'INSERT INTO meetings (id, meta, meeting_date, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
      ),
      updateMeta: db.prepare(
        'UPDATE meetings SET meta = ?, meeting_date = ?, updated_at = ? WHERE id = ?',
      ),
      touchMeeting: db.prepare('UPDATE meetings SET updated_at = ? WHERE id = ?'),
      listMeetings: db.prepare<[], MeetingRow>(
        'SELECT id, meta, created_at, updated_at, link_generation FROM meetings ORDER BY meeting_date DESC, created_at DESC',
      ),
      getMeeting: db.prepare<[string], MeetingRow>(
        'SELECT id, meta, created_at, updated_at, link_generation FROM meetings WHERE id = ?',
      ),
      getSnapshot: db.prepare<[string], { state: Buffer }>(
        'SELECT state FROM snapshots WHERE meeting_id = ?',
      ),
      getUpdates: db.prepare<[string], { data: Buffer }>(
        'SELECT data FROM updates WHERE meeting_id = ? ORDER BY seq',
      ),
      insertUpdate: db.prepare(
        'INSERT INTO updates (meeting_id, data, created_at, author_role, author_name) VALUES (?, ?, ?, ?, ?)',
      ),
      insertVersion: db.prepare(
        'INSERT INTO versions (meeting_id, version, state, created_at) VALUES (?, ?, ?, ?)',
      ),
      listVersions: db.prepare<[string], { version: number; created_at: string }>(
        'SELECT version, created_at FROM versions WHERE meeting_id = ? ORDER BY version',
      ),
      getVersion: db.prepare<[string, number], { state: Buffer }>(
        'SELECT state FROM versions WHERE meeting_id = ? AND version = ?',
      ),
      upsertSnapshot: db.prepare(
        `INSERT INTO snapshots (meeting_id, state, updated_at) VALUES (?, ?, ?)
         ON CONFLICT(meeting_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      ),
      deleteUpdates: db.prepare('DELETE FROM updates WHERE meeting_id = ?'),
      insertTemplate: db.prepare(
        'INSERT INTO templates (id, name, group_name, agenda, created_at) VALUES (?, ?, ?, ?, ?)',
      ),
      listTemplates: db.prepare<
        [],
        { id: string; name: string; group_name: string; agenda: string; created_at: string }
      >('SELECT * FROM templates ORDER BY name COLLATE NOCASE, created_at'),
      deleteTemplate: db.prepare('DELETE FROM templates WHERE id = ?'),
      renewLinks: db.prepare<[string], { link_generation: number }>(
        'UPDATE meetings SET link_generation = link_generation + 1 WHERE id = ? RETURNING link_generation',
      ),
    }
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number
    for (let i = version; i < MIGRATIONS.length; i++) {
      this.db.transaction(() => {
        this.db.exec(MIGRATIONS[i] as string)
        this.db.pragma(`user_version = ${i + 1}`)
      })()
    }
  }

  async saveTemplate(template: TemplateRecord): Promise<void> {
    const { id, name, group, agenda, createdAt } = template
    this.statements.insertTemplate.run(id, name, group, JSON.stringify(agenda), createdAt)
  }

  async listTemplates(): Promise<TemplateRecord[]> {
    return this.statements.listTemplates.all().map((row) => ({
      id: row.id,
      name: row.name,
      group: row.group_name,
      agenda: JSON.parse(row.agenda) as string[],
      createdAt: row.created_at,
    }))
  }

  async deleteTemplate(id: string): Promise<boolean> {
    return this.statements.deleteTemplate.run(id).changes > 0
  }

  async createMeeting(id: string, meta: MeetingMeta, initialState: Uint8Array) {
    const now = new Date().toISOString()
    this.db.transaction(() => {
      this.statements.insertMeeting.run(id, JSON.stringify(meta), meta.date, now, now)
      this.statements.upsertSnapshot.run(id, initialState, now)
    })()
    return { id, meta, createdAt: now, updatedAt: now, linkGeneration: 0 }
  }

  async listMeetings() {
    return this.statements.listMeetings.all().map(toRecord)
  }

  async getMeeting(id: string) {
    const row = this.statements.getMeeting.get(id)
    return row ? toRecord(row) : null
  }

  async loadDocument(id: string): Promise<StoredDocument | null> {
    return this.db.transaction(() => {
      if (!this.statements.getMeeting.get(id)) return null
      const snapshot = this.statements.getSnapshot.get(id)?.state ?? null
      const updates = this.statements.getUpdates.all(id).map((row) => row.data)
      return { snapshot, updates }
    })()
  }

  async appendBatch({ updates, metas }: WriteBatch) {
    const now = new Date().toISOString()
    const touched = new Set<string>()
    this.db.transaction(() => {
      for (const { meetingId, update, author } of updates) {
        this.statements.insertUpdate.run(
          meetingId,
          update,
          now,
          author?.role ?? null,
          author?.name ?? null,
        )
        touched.add(meetingId)
      }
      for (const [id, meta] of metas) {
        this.statements.updateMeta.run(JSON.stringify(meta), meta.date, now, id)
        touched.delete(id)
      }
      for (const id of touched) this.statements.touchMeeting.run(now, id)
    })()
  }

  async compact(id: string, state: Uint8Array) {
    const now = new Date().toISOString()
    this.db.transaction(() => {
      this.statements.upsertSnapshot.run(id, state, now)
      this.statements.deleteUpdates.run(id)
    })()
  }

  async saveVersion(id: string, version: number, state: Uint8Array) {
    this.statements.insertVersion.run(id, version, state, new Date().toISOString())
  }

  async listVersions(id: string) {
    return this.statements.listVersions
      .all(id)
      .map((row) => ({ version: row.version, createdAt: row.created_at }))
  }

  async getVersion(id: string, version: number) {
    return this.statements.getVersion.get(id, version)?.state ?? null
  }

  async renewLinks(id: string) {
    return this.statements.renewLinks.get(id)?.link_generation ?? null
  }

  async ping() {
    return this.db.prepare('SELECT 1 AS ok').get() !== undefined
  }

  /**
   * Copies the whole database to `file` with SQLite's online backup API: consistent, and writers
   * carry on meanwhile.
   */
  async backup(file: string): Promise<void> {
    await this.db.backup(file)
  }

  async close() {
    if (this.db.open) this.db.close()
  }
}
