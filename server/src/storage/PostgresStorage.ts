import { meetingMeta, type MeetingMeta } from '@referat/shared'
import pg from 'pg'
import * as Y from 'yjs'
import type {
  MeetingRecord,
  Storage,
  StoredDocument,
  TemplateRecord,
  VersionRecord,
  WriteBatch,
} from './Storage'

/**
 * The schema, one migration per entry, applied in order at start and recorded in
 * `referat_migrations`. Mirrors SQLite's (`SqliteStorage`), with PostgreSQL types.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE meetings (
     id TEXT PRIMARY KEY,
     meta JSONB NOT NULL,
     meeting_date TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     link_generation INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE snapshots (
     meeting_id TEXT PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
     state BYTEA NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE TABLE updates (
     seq BIGSERIAL PRIMARY KEY,
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     data BYTEA NOT NULL,
     created_at TEXT NOT NULL,
     author_role TEXT,
     author_name TEXT
   );
   CREATE INDEX updates_by_meeting ON updates(meeting_id, seq);
   CREATE TABLE versions (
     meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
     version INTEGER NOT NULL,
     state BYTEA NOT NULL,
     created_at TEXT NOT NULL,
     PRIMARY KEY (meeting_id, version)
   );
   CREATE TABLE templates (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL,
     group_name TEXT NOT NULL,
     agenda JSONB NOT NULL,
     created_at TEXT NOT NULL
   );`,
]

/** Any number, so that instances starting at once migrate one after another. */
const MIGRATION_LOCK = 7_406_522

interface MeetingRow {
  id: string
  meta: unknown
  created_at: string
  updated_at: string
  link_generation: number
}

const MEETING_COLUMNS = 'id, meta, created_at, updated_at, link_generation'

function toRecord(row: MeetingRow): MeetingRecord {
  return {
    id: row.id,
    meta: meetingMeta.parse(row.meta),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    linkGeneration: row.link_generation,
  }
}

const bytes = (buffer: Buffer): Uint8Array =>
  new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)

export interface PostgresStorageOptions {
  /** `postgres://…` (`DATABASE_URL`). */
  connectionString: string
  /** The schema to use (created if missing); `public` by default. Tests use one each. */
  schema?: string
  /** Connections in the pool. */
  maxConnections?: number
}

/**
 * Meetings in PostgreSQL (`DATABASE_URL`), for several instances sharing one database. The same
 * contract as `SqliteStorage`: `appendBatch` is one transaction, so an update is durable (and
 * committed, with the server's `synchronous_commit`) before the room relays it.
 */
export class PostgresStorage implements Storage {
  private readonly pool: pg.Pool

  private constructor(
    pool: pg.Pool,
    private readonly schema: string,
  ) {
    this.pool = pool
  }

  /** Connects, creates the schema if needed and applies pending migrations. */
  static async open(options: PostgresStorageOptions): Promise<PostgresStorage> {
    const schema = options.schema ?? 'public'
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`invalid schema name: ${schema}`)
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      max: options.maxConnections ?? 10,
      // Every connection works in the storage's schema.
      options: `-c search_path=${schema}`,
    })
    // An idle client that loses its connection must not crash the process.
    pool.on('error', () => {})
    const storage = new PostgresStorage(pool, schema)
    try {
      await storage.migrate()
    } catch (error) {
      await pool.end()
      throw error
    }
    return storage
  }

  private async migrate(): Promise<void> {
    const client = await this.pool.connect()
    try {
      // Under the lock: even `CREATE SCHEMA IF NOT EXISTS` fails when two run it at once.
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
      try {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`)
        await client.query(
          'CREATE TABLE IF NOT EXISTS referat_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)',
        )
        const { rows } = await client.query<{ version: number | null }>(
          'SELECT max(version) AS version FROM referat_migrations',
        )
        for (let i = rows[0]?.version ?? 0; i < MIGRATIONS.length; i++) {
          await this.transaction(client, async () => {
            await client.query(MIGRATIONS[i] as string)
            await client.query('INSERT INTO referat_migrations VALUES ($1, $2)', [
              i + 1,
              new Date().toISOString(),
            ])
          })
        }
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK])
      }
    } finally {
      client.release()
    }
  }

  private async transaction<T>(client: pg.PoolClient, work: () => Promise<T>): Promise<T> {
    await client.query('BEGIN')
    try {
      const result = await work()
      await client.query('COMMIT')
      return result
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    }
  }

  /** Runs `work` in one transaction on one pooled connection. */
  private async inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect()
    try {
      return await this.transaction(client, () => work(client))
    } finally {
      client.release()
    }
  }

  async createMeeting(id: string, meta: MeetingMeta, initialState: Uint8Array) {
    const now = new Date().toISOString()
    await this.inTransaction(async (client) => {
      await client.query(
        'INSERT INTO meetings (id, meta, meeting_date, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)',
        [id, JSON.stringify(meta), meta.date, now],
      )
      await client.query(
        'INSERT INTO snapshots (meeting_id, state, updated_at) VALUES ($1, $2, $3)',
        [id, Buffer.from(initialState), now],
      )
    })
    return { id, meta, createdAt: now, updatedAt: now, linkGeneration: 0 }
  }

  async listMeetings() {
    const { rows } = await this.pool.query<MeetingRow>(
      `SELECT ${MEETING_COLUMNS} FROM meetings ORDER BY meeting_date DESC, created_at DESC`,
    )
    return rows.map(toRecord)
  }

  async getMeeting(id: string) {
    const { rows } = await this.pool.query<MeetingRow>(
      `SELECT ${MEETING_COLUMNS} FROM meetings WHERE id = $1`,
      [id],
    )
    return rows[0] ? toRecord(rows[0]) : null
  }

  async loadDocument(id: string): Promise<StoredDocument | null> {
    return this.inTransaction(async (client) => {
      // One consistent view of the snapshot and the updates logged after it.
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ')
      const meeting = await client.query('SELECT 1 FROM meetings WHERE id = $1', [id])
      if (meeting.rowCount === 0) return null
      const snapshot = await client.query<{ state: Buffer }>(
        'SELECT state FROM snapshots WHERE meeting_id = $1',
        [id],
      )
      const updates = await client.query<{ data: Buffer }>(
        'SELECT data FROM updates WHERE meeting_id = $1 ORDER BY seq',
        [id],
      )
      return {
        snapshot: snapshot.rows[0] ? bytes(snapshot.rows[0].state) : null,
        updates: updates.rows.map((row) => bytes(row.data)),
      }
    })
  }

  async appendBatch({ updates, metas }: WriteBatch) {
    if (updates.length === 0 && metas.size === 0) return
    const now = new Date().toISOString()
    const touched = new Set(updates.map(({ meetingId }) => meetingId))
    await this.inTransaction(async (client) => {
      if (updates.length > 0) {
        // One statement for the whole batch, in order.
        await client.query(
          `INSERT INTO updates (meeting_id, data, created_at, author_role, author_name)
           SELECT m, d, $3, r, n FROM unnest($1::text[], $2::bytea[], $4::text[], $5::text[])
             WITH ORDINALITY AS u(m, d, r, n, i) ORDER BY i`,
          [
            updates.map(({ meetingId }) => meetingId),
            updates.map(({ update }) => Buffer.from(update)),
            now,
            updates.map(({ author }) => author?.role ?? null),
            updates.map(({ author }) => author?.name ?? null),
          ],
        )
      }
      for (const [id, meta] of metas) {
        await client.query(
          'UPDATE meetings SET meta = $1, meeting_date = $2, updated_at = $3 WHERE id = $4',
          [JSON.stringify(meta), meta.date, now, id],
        )
        touched.delete(id)
      }
      if (touched.size > 0) {
        await client.query('UPDATE meetings SET updated_at = $1 WHERE id = ANY($2::text[])', [
          now,
          [...touched],
        ])
      }
    })
  }

  async compact(id: string, state: Uint8Array) {
    const now = new Date().toISOString()
    await this.inTransaction(async (client) => {
      // With several instances, the log may hold updates another one stored that this one has not
      // applied yet: they go into the snapshot too, and only the updates read here are dropped.
      const { rows } = await client.query<{ seq: string; data: Buffer }>(
        'SELECT seq, data FROM updates WHERE meeting_id = $1 ORDER BY seq FOR UPDATE',
        [id],
      )
      const snapshot =
        rows.length > 0 ? Y.mergeUpdates([state, ...rows.map((row) => bytes(row.data))]) : state
      await client.query(
        `INSERT INTO snapshots (meeting_id, state, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (meeting_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
        [id, Buffer.from(snapshot), now],
      )
      if (rows.length > 0) {
        await client.query('DELETE FROM updates WHERE seq = ANY($1::bigint[])', [
          rows.map((row) => row.seq),
        ])
      }
    })
  }

  async saveVersion(id: string, version: number, state: Uint8Array) {
    await this.pool.query(
      'INSERT INTO versions (meeting_id, version, state, created_at) VALUES ($1, $2, $3, $4)',
      [id, version, Buffer.from(state), new Date().toISOString()],
    )
  }

  async listVersions(id: string): Promise<VersionRecord[]> {
    const { rows } = await this.pool.query<{ version: number; created_at: string }>(
      'SELECT version, created_at FROM versions WHERE meeting_id = $1 ORDER BY version',
      [id],
    )
    return rows.map((row) => ({ version: row.version, createdAt: row.created_at }))
  }

  async getVersion(id: string, version: number) {
    const { rows } = await this.pool.query<{ state: Buffer }>(
      'SELECT state FROM versions WHERE meeting_id = $1 AND version = $2',
      [id, version],
    )
    return rows[0] ? bytes(rows[0].state) : null
  }

  async renewLinks(id: string) {
    const { rows } = await this.pool.query<{ link_generation: number }>(
      'UPDATE meetings SET link_generation = link_generation + 1 WHERE id = $1 RETURNING link_generation',
      [id],
    )
    return rows[0]?.link_generation ?? null
  }

  async saveTemplate({ id, name, group, agenda, createdAt }: TemplateRecord) {
    await this.pool.query(
      'INSERT INTO templates (id, name, group_name, agenda, created_at) VALUES ($1, $2, $3, $4, $5)',
      [id, name, group, JSON.stringify(agenda), createdAt],
    )
  }

  async listTemplates(): Promise<TemplateRecord[]> {
    const { rows } = await this.pool.query<{
      id: string
      name: string
      group_name: string
      agenda: string[]
      created_at: string
    }>('SELECT * FROM templates ORDER BY lower(name), created_at')
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      group: row.group_name,
      agenda: row.agenda,
      createdAt: row.created_at,
    }))
  }

  async deleteTemplate(id: string) {
    const { rowCount } = await this.pool.query('DELETE FROM templates WHERE id = $1', [id])
    return (rowCount ?? 0) > 0
  }

  async ping() {
    try {
      await this.pool.query('SELECT 1')
      return true
    } catch {
      return false
    }
  }

  private closed = false

  async close() {
    if (this.closed) return
    this.closed = true
    await this.pool.end()
  }
}
