import { CloseCodes, DocLayout, initMeetingDoc, meetingMeta, readEpoch } from '@referat/shared'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import * as Y from 'yjs'
import { backupData, restoreData } from '../src/storage/backupData'
import { SqliteStorage } from '../src/storage/SqliteStorage'
import { connectClient, synced, type TestClient } from './support/connectClient'
import { createMeeting } from './support/createMeeting'
import { startServer } from './support/startServer'

const body = (client: TestClient) => client.doc.getXmlFragment(DocLayout.body).toString()

function write(client: TestClient, text: string): void {
  const item = client.doc.getXmlFragment(DocLayout.body).get(0) as Y.XmlElement
  ;(item.get(1) as Y.XmlElement).insert(0, [new Y.XmlText(text)])
}

describe('re-initialised documents', () => {
  it('a copy of a state from before a restore is refused (4410), not merged back', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { agenda: ['Budsjett'] })
    const kari = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await synced(kari)
    const epoch = readEpoch(kari.doc)
    expect(epoch).toMatch(/^[A-Za-z0-9_-]{6,}$/)
    write(kari, 'Før sikkerhetskopien. ')
    const observer = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    await vi.waitFor(() => expect(body(observer)).toContain('Før sikkerhetskopien.'))
    await t.server.registry.writer.drain()
    const file = join(t.dataDir, 'backup.db')
    await backupData(t.dataDir, file)
    write(kari, 'Etter sikkerhetskopien. ')
    await vi.waitFor(() => expect(body(observer)).toContain('Etter sikkerhetskopien.'))
    observer.destroy()

    // The operator rolls the meeting back to the backup. Kari keeps her (later) local copy.
    kari.provider.shouldConnect = false
    kari.provider.disconnect()
    await t.server.close()
    await restoreData(t.dataDir, file, { force: true })
    const restarted = await t.restart()

    // Kari comes back with her copy and its epoch: refused, nothing of it taken.
    const stale = connectClient(restarted.url, meeting.id, meeting.tokens.secretary, {
      epoch: epoch as string,
    })
    Y.applyUpdate(stale.doc, Y.encodeStateAsUpdate(kari.doc))
    await vi.waitFor(() => expect(stale.closeCodes[0]).toBe(CloseCodes.Replaced.code))
    stale.provider.disconnect()

    const fresh = connectClient(restarted.url, meeting.id, meeting.tokens.viewer)
    await synced(fresh)
    expect(body(fresh)).toContain('Før sikkerhetskopien.')
    expect(body(fresh)).not.toContain('Etter sikkerhetskopien.')
    expect(readEpoch(fresh.doc)).not.toBe(epoch)
    const metrics = await (await fetch(`${restarted.url}/metrics`)).text()
    expect(metrics).toMatch(/referat_rejected_total\{reason="stale_epoch"\} [1-9]/)

    // With the current epoch (a client that dropped its copy and loaded again) all is normal.
    const again = connectClient(restarted.url, meeting.id, meeting.tokens.secretary, {
      epoch: readEpoch(fresh.doc) as string,
    })
    await synced(again)
    write(again, 'Skrevet på nytt. ')
    await vi.waitFor(() => expect(body(fresh)).toContain('Skrevet på nytt.'))
  })

  it('gives a meeting stored without an epoch one when it is loaded', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'referat-epoch-'))
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }))
    const storage = new SqliteStorage(dataDir)
    const meta = meetingMeta.parse({ title: 'Gammelt møte', date: '2025-01-09' })
    const doc = new Y.Doc()
    initMeetingDoc(doc, meta, ['Budsjett'])
    await storage.createMeeting('oldmeeting1', meta, Y.encodeStateAsUpdate(doc))
    await storage.close()
    const t = await startServer({}, { dataDir })
    const client = connectClient(t.url, 'oldmeeting1', t.organizerToken)
    await synced(client)
    expect(readEpoch(client.doc)).toMatch(/^[A-Za-z0-9_-]{6,}$/)
  })

  it('lets no client write the epoch, not even the moderator', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { agenda: ['Budsjett'] })
    const moderator = connectClient(t.url, meeting.id, meeting.tokens.moderator)
    await synced(moderator)
    const epoch = readEpoch(moderator.doc)
    expect(epoch).not.toBeNull()
    // Even the moderator cannot set the epoch: the update is refused (4409), nothing changes.
    moderator.doc.getMap(DocLayout.epoch).set('id', 'forged-epoch')
    await vi.waitFor(() => expect(moderator.closeCodes[0]).toBe(CloseCodes.Rejected.code))
    moderator.provider.disconnect()
    const viewer = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    await synced(viewer)
    expect(readEpoch(viewer.doc)).toBe(epoch)
  })
})
