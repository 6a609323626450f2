import Database from 'better-sqlite3'
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { renewEpoch } from '@referat/shared'
import * as Y from 'yjs'
import { loadSecret } from '../auth/loadSecret'
import { applyStoredDocument } from '../meetings/readBody'
import { SqliteStorage } from './SqliteStorage'

/** What a backup holds besides the database: enough to make the old links work again. */
const INFO_TABLE = 'referat_backup'

export interface BackupSummary {
  meetings: number
  bytes: number
}

/** A backup or restore that cannot be done, with a message for the person running it. */
export class BackupError extends Error {}

const count = (db: Database.Database) =>
  (db.prepare('SELECT count(*) AS n FROM meetings').get() as { n: number }).n

/**
 * Writes a consistent copy of the data folder's database to `file` (SQLite's online backup, so
 * a running server carries on), with the token secret so that restored meetings keep their links.
 * The file is as secret as the data folder.
 */
export async function backupData(
  dataDir: string,
  file: string,
  options: { secret?: string; force?: boolean } = {},
): Promise<BackupSummary> {
  if (!existsSync(join(dataDir, 'referat.db'))) {
    throw new BackupError(`there is no Referat database in ${dataDir}`)
  }
  if (existsSync(file) && !options.force) {
    throw new BackupError(`${file} exists already (pass --force to overwrite it)`)
  }
  const storage = new SqliteStorage(dataDir)
  const partial = `${file}.partial`
  rmSync(partial, { force: true })
  try {
    await storage.backup(partial)
  } finally {
    await storage.close()
  }
  const copy = new Database(partial)
  let meetings: number
  try {
    copy.exec(`CREATE TABLE ${INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`)
    const insert = copy.prepare(`INSERT INTO ${INFO_TABLE} (key, value) VALUES (?, ?)`)
    insert.run('secret', loadSecret(dataDir, options.secret))
    insert.run('created_at', new Date().toISOString())
    meetings = count(copy)
    copy.pragma('journal_mode = DELETE')
  } finally {
    copy.close()
  }
  renameSync(partial, file)
  return { meetings, bytes: statSync(file).size }
}

/** Opens `file` read-only and checks that it is a Referat backup; returns its secret. */
function readBackup(file: string): { secret: string; meetings: number } {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`)
  let db: Database.Database
  try {
    db = new Database(file, { readonly: true, fileMustExist: true })
  } catch (error) {
    throw new BackupError(`${file} is not a database: ${(error as Error).message}`)
  }
  try {
    const check = db.pragma('quick_check', { simple: true })
    if (check !== 'ok') throw new BackupError(`${file} is damaged: ${String(check)}`)
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => (row as { name: string }).name)
    if (!tables.includes('meetings') || !tables.includes(INFO_TABLE)) {
      throw new BackupError(`${file} is not a Referat backup (make one with "referat backup")`)
    }
    const secret = db.prepare(`SELECT value FROM ${INFO_TABLE} WHERE key = 'secret'`).get() as
      { value: string } | undefined
    if (!secret) throw new BackupError(`${file} is a Referat backup without its secret`)
    return { secret: secret.value, meetings: count(db) }
  } catch (error) {
    if (error instanceof BackupError) throw error
    throw new BackupError(`${file} is not a Referat backup: ${(error as Error).message}`)
  } finally {
    db.close()
  }
}

/**
 * Restores a backup into `dataDir` (the server must not be running on it): the database and the
 * token secret, so the old links work. Refuses to replace an existing database unless `force`.
 */
export async function restoreData(
  dataDir: string,
  file: string,
  options: { force?: boolean } = {},
): Promise<BackupSummary> {
  const backup = readBackup(file)
  const target = join(dataDir, 'referat.db')
  if (existsSync(target) && !options.force) {
    throw new BackupError(
      `${dataDir} has a database already; stop the server and pass --force to replace it`,
    )
  }
  const source = new Database(file, { readonly: true, fileMustExist: true })
  const partial = `${target}.restoring`
  rmSync(partial, { force: true })
  try {
    mkdirSync(dataDir, { recursive: true })
    await source.backup(partial)
  } finally {
    source.close()
  }
  const restored = new Database(partial)
  try {
    restored.exec(`DROP TABLE ${INFO_TABLE}`)
  } finally {
    restored.close()
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${target}${suffix}`, { force: true })
  renameSync(partial, target)
  writeFileSync(join(dataDir, 'secret'), `${backup.secret}\n`, { mode: 0o600 })
  // Opening it runs any newer migrations and proves it works. Every meeting gets a new epoch:
  // browsers holding a copy of a later state drop it instead of merging it back.
  const storage = new SqliteStorage(dataDir)
  try {
    for (const meeting of await storage.listMeetings()) await renewStoredEpoch(storage, meeting.id)
  } finally {
    await storage.close()
  }
  return { meetings: backup.meetings, bytes: statSync(target).size }
}

/** Gives a stored meeting a new epoch, compacting its log into the new snapshot. */
async function renewStoredEpoch(storage: SqliteStorage, id: string): Promise<void> {
  const stored = await storage.loadDocument(id)
  if (!stored) return
  const doc = new Y.Doc()
  try {
    applyStoredDocument(doc, stored)
    renewEpoch(doc)
    await storage.compact(id, Y.encodeStateAsUpdate(doc))
  } finally {
    doc.destroy()
  }
}
