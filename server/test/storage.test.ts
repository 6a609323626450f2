import { initMeetingDoc, meetingMeta, type MeetingMeta } from '@referat/shared'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import * as Y from 'yjs'
import { SqliteStorage } from '../src/storage/SqliteStorage'
import type { Storage } from '../src/storage/Storage'
import { newSchemaName, openTestPostgres, usePostgres } from './support/postgres'

// One contract, both backends: what the rooms, the REST API and the exports rely on.

const meta = (title: string, date: string): MeetingMeta => meetingMeta.parse({ title, date })

const state = (text: string) => {
  const doc = new Y.Doc()
  initMeetingDoc(doc, meta('x', '2026-01-01'), [])
  doc.getText('notes').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

const sqlite = async (): Promise<Storage> => {
  const dir = mkdtempSync(join(tmpdir(), 'referat-storage-'))
  const storage = new SqliteStorage(dir)
  onTestFinished(async () => {
    await storage.close()
    rmSync(dir, { recursive: true, force: true })
  })
  return storage
}

const havePostgres = await usePostgres()

const backends: [string, () => Promise<Storage>][] = [
  ['SQLite', sqlite],
  ...(havePostgres
    ? [['PostgreSQL', () => openTestPostgres()] as [string, () => Promise<Storage>]]
    : []),
]

describe.each(backends)('%s storage', (_name, open) => {
  it('creates, lists newest first, reads and renews the links of meetings', async () => {
    const storage = await open()
    await storage.createMeeting('a', meta('Januar', '2026-01-10'), state('a'))
    await storage.createMeeting('b', meta('Mars', '2026-03-10'), state('b'))
    await storage.createMeeting('c', meta('Februar', '2026-02-10'), state('c'))
    expect((await storage.listMeetings()).map((m) => m.id)).toEqual(['b', 'c', 'a'])
    expect(await storage.getMeeting('a')).toMatchObject({
      id: 'a',
      meta: { title: 'Januar' },
      linkGeneration: 0,
    })
    expect(await storage.getMeeting('nope')).toBeNull()
    expect(await storage.renewLinks('a')).toBe(1)
    expect(await storage.renewLinks('a')).toBe(2)
    expect(await storage.renewLinks('nope')).toBeNull()
    expect(await storage.ping()).toBe(true)
  })

  it('appends batches in order, updates headers, and compacts into a snapshot', async () => {
    const storage = await open()
    const created = await storage.createMeeting('m', meta('Møte', '2026-01-10'), state('start '))
    const updates = ['én ', 'to ', 'tre '].map((text) => {
      const doc = new Y.Doc()
      doc.getText('log').insert(0, text)
      return Y.encodeStateAsUpdate(doc)
    })
    await storage.appendBatch({
      updates: updates.map((update) => ({
        meetingId: 'm',
        update,
        author: { role: 'secretary', name: 'Kari' },
      })),
      metas: new Map([['m', meta('Nytt navn', '2026-02-01')]]),
    })
    const loaded = await storage.loadDocument('m')
    expect(loaded?.snapshot).not.toBeNull()
    expect(loaded?.updates.map((u) => Buffer.from(u).toString('base64'))).toEqual(
      updates.map((u) => Buffer.from(u).toString('base64')),
    )
    const meeting = await storage.getMeeting('m')
    expect(meeting?.meta.title).toBe('Nytt navn')
    expect(meeting && meeting.updatedAt >= created.updatedAt).toBe(true)

    const doc = new Y.Doc()
    if (loaded?.snapshot) Y.applyUpdate(doc, loaded.snapshot)
    for (const update of loaded?.updates ?? []) Y.applyUpdate(doc, update)
    await storage.compact('m', Y.encodeStateAsUpdate(doc))
    const compacted = await storage.loadDocument('m')
    expect(compacted?.updates).toEqual([])
    const again = new Y.Doc()
    Y.applyUpdate(again, compacted?.snapshot as Uint8Array)
    expect(again.getText('notes').toString()).toBe('start ')
    expect(again.getText('log').length).toBe('én to tre '.length)
    expect(await storage.loadDocument('nope')).toBeNull()
  })

  it('keeps finalized versions and refuses a version twice', async () => {
    const storage = await open()
    await storage.createMeeting('m', meta('Møte', '2026-01-10'), state(''))
    await storage.saveVersion('m', 1, state('v1'))
    await storage.saveVersion('m', 2, state('v2'))
    await expect(storage.saveVersion('m', 2, state('again'))).rejects.toThrow()
    expect((await storage.listVersions('m')).map((v) => v.version)).toEqual([1, 2])
    const v1 = await storage.getVersion('m', 1)
    const doc = new Y.Doc()
    Y.applyUpdate(doc, v1 as Uint8Array)
    expect(doc.getText('notes').toString()).toBe('v1')
    expect(await storage.getVersion('m', 3)).toBeNull()
  })

  it('saves, lists by name and deletes templates', async () => {
    const storage = await open()
    const template = (id: string, name: string) => ({
      id,
      name,
      group: 'Kulturnettverket',
      agenda: ['Godkjenning', 'Eventuelt'],
      createdAt: '2026-01-01T00:00:00.000Z',
    })
    await storage.saveTemplate(template('t2', 'styremøte'))
    await storage.saveTemplate(template('t1', 'Årsmøte'))
    await storage.saveTemplate(template('t3', 'Arbeidsmøte'))
    const names = (await storage.listTemplates()).map((t) => t.name)
    expect(names).toHaveLength(3)
    expect(names.indexOf('Arbeidsmøte')).toBeLessThan(names.indexOf('styremøte'))
    expect((await storage.listTemplates())[0]?.agenda).toEqual(['Godkjenning', 'Eventuelt'])
    expect(await storage.deleteTemplate('t2')).toBe(true)
    expect(await storage.deleteTemplate('t2')).toBe(false)
  })
})

describe.runIf(havePostgres)('PostgreSQL storage shared by several instances', () => {
  it('compacts without losing an update another instance stored meanwhile', async () => {
    const storage = await openTestPostgres()
    await storage.createMeeting('m', meta('Møte', '2026-01-10'), state(''))
    const other = new Y.Doc()
    other.getText('log').insert(0, 'fra en annen instans')
    await storage.appendBatch({
      updates: [{ meetingId: 'm', update: Y.encodeStateAsUpdate(other), author: null }],
      metas: new Map(),
    })
    // This instance compacts with the state it has, which lacks the other instance's update.
    await storage.compact('m', state('herfra'))
    const loaded = await storage.loadDocument('m')
    expect(loaded?.updates).toEqual([])
    const doc = new Y.Doc()
    Y.applyUpdate(doc, loaded?.snapshot as Uint8Array)
    expect(doc.getText('log').toString()).toBe('fra en annen instans')
    expect(doc.getText('notes').toString()).toBe('herfra')
  })

  it('migrates once, also when two instances start at the same time', async () => {
    const schema = newSchemaName()
    const [a, b] = await Promise.all([openTestPostgres(schema), openTestPostgres(schema)])
    await a.createMeeting('m', meta('Møte', '2026-01-10'), state('x'))
    expect((await b.getMeeting('m'))?.meta.title).toBe('Møte')
  })
})
