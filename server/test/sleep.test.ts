import { CloseCodes, DocLayout } from '@referat/shared'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import type { Room } from '../src/collab/Room'
import { connectClient, synced, type TestClient } from './support/connectClient'
import { createMeeting } from './support/createMeeting'
import { storedUpdateCount } from './support/storedUpdateCount'
import { startServer, type TestServer } from './support/startServer'

// A loaded meeting nobody changes is held as its encoded state only (Room's "sleep"); these
// tests put meetings to sleep after 100 ms and check that nothing a client or the REST API does
// notices, except in memory.

async function roomOf(t: TestServer, meetingId: string): Promise<Room> {
  const room = (await t.server.registry.loadedRooms()).find(({ id }) => id === meetingId)
  if (!room) throw new Error(`meeting ${meetingId} is not loaded`)
  return room
}

async function asleep(t: TestServer, meetingId: string): Promise<void> {
  await vi.waitFor(async () => expect((await roomOf(t, meetingId)).isAsleep).toBe(true))
}

/** Writes `text` into the first paragraph of agenda item `index`. */
function writeInItem(client: TestClient, index: number, text: string): void {
  const item = client.doc.getXmlFragment(DocLayout.body).get(index) as Y.XmlElement
  ;(item.get(1) as Y.XmlElement).insert(0, [new Y.XmlText(text)])
}

function bodyText(doc: Y.Doc): string {
  return doc.getXmlFragment(DocLayout.body).toString()
}

function clientIds(doc: Y.Doc): number[] {
  return [...Y.decodeStateVector(Y.encodeStateVector(doc)).keys()].sort()
}

describe('meetings nobody changes are held encoded', () => {
  it('answers joining and returning clients while asleep and wakes on the next change', async () => {
    const t = await startServer({ sleepAfterMs: 100 })
    const meeting = await createMeeting(t, { agenda: ['Orienteringer', 'Eventuelt'] })
    const secretary = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await synced(secretary)
    // Loading builds the document once; a client that brings nothing does not wake it.
    await asleep(t, meeting.id)
    const metrics = await (await fetch(`${t.url}/metrics`)).text()
    expect(metrics).toMatch(/referat_meetings_asleep 1/)

    writeInItem(secretary, 0, 'Første sak er orientert.')
    await vi.waitFor(async () => expect((await roomOf(t, meeting.id)).isAsleep).toBe(false))
    const early = connectClient(t.url, meeting.id, meeting.tokens.moderator)
    await vi.waitFor(() => expect(bodyText(early.doc)).toContain('Første sak er orientert.'))
    // What the server wrote itself (who edited the item) came from its own client id.
    const idsAfterFirstEdit = clientIds(secretary.doc)
    await vi.waitFor(() => expect(clientIds(early.doc)).toEqual(idsAfterFirstEdit))
    const stale = Y.encodeStateAsUpdate(early.doc)
    early.destroy()
    await asleep(t, meeting.id)

    // A new reader gets the whole meeting, a returning one what it lacks, from the encoded state.
    const viewer = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    await synced(viewer)
    expect(bodyText(viewer.doc)).toContain('Første sak er orientert.')
    writeInItem(secretary, 1, 'Ingen saker.')
    await vi.waitFor(() => expect(bodyText(viewer.doc)).toContain('Ingen saker.'))
    await asleep(t, meeting.id)

    const back = connectClient(t.url, meeting.id, meeting.tokens.moderator)
    Y.applyUpdate(back.doc, stale)
    await synced(back)
    expect(bodyText(back.doc)).toContain('Ingen saker.')
    expect(bodyText(back.doc)).toBe(bodyText(secretary.doc))
    // The second wake wrote "last edited" again under the same server client id, not a new one.
    expect(clientIds(secretary.doc)).toEqual(idsAfterFirstEdit)
    const lastEdited = secretary.doc.getMap(DocLayout.lastEdited)
    await vi.waitFor(() => expect(lastEdited.size).toBe(2))
    expect(clientIds(secretary.doc)).toEqual(idsAfterFirstEdit)
    expect(clientIds(viewer.doc)).toEqual(idsAfterFirstEdit)
  })

  it('exports and indexes without waking, refuses edits of a final meeting, compacts on unload', async () => {
    const t = await startServer({ sleepAfterMs: 100, idleUnloadMs: 300 })
    const meeting = await createMeeting(t, { agenda: ['Orienteringer'] })
    const secretary = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await synced(secretary)
    writeInItem(secretary, 0, 'Vedtak: Saken tas til orientering.')
    await vi.waitFor(() => expect(storedUpdateCount(t.dataDir, meeting.id)).toBeGreaterThan(0))
    await asleep(t, meeting.id)

    const exported = await fetch(
      `${t.url}/api/meetings/${meeting.id}/export?format=md&token=${meeting.tokens.viewer}`,
    )
    expect(exported.status).toBe(200)
    expect(await exported.text()).toContain('Saken tas til orientering.')
    const docx = await fetch(
      `${t.url}/api/meetings/${meeting.id}/export?format=docx&token=${meeting.tokens.viewer}`,
    )
    expect(docx.status).toBe(200)
    expect((await docx.arrayBuffer()).byteLength).toBeGreaterThan(1000)
    expect((await roomOf(t, meeting.id)).isAsleep).toBe(true)

    // Finalizing wakes the meeting to write its status; asleep again, it still knows it is final.
    const finalized = await fetch(`${t.url}/api/meetings/${meeting.id}/finalize`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meeting.tokens.moderator}` },
    })
    expect(await finalized.json()).toEqual({ version: 1 })
    await vi.waitFor(() => expect(secretary.doc.getMap(DocLayout.meta).get('status')).toBe('final'))
    await asleep(t, meeting.id)
    writeInItem(secretary, 0, 'Etterpå: ')
    await vi.waitFor(() => expect(secretary.closeCodes[0]).toBe(CloseCodes.Rejected.code))
    secretary.destroy()

    // Unloaded while asleep: the encoded state becomes the snapshot, nothing is lost.
    await vi.waitFor(() => expect(t.server.registry.loadedCount).toBe(0))
    expect(storedUpdateCount(t.dataDir, meeting.id)).toBe(0)
    const viewer = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    await synced(viewer)
    expect(bodyText(viewer.doc)).toContain('Vedtak: Saken tas til orientering.')
    expect(bodyText(viewer.doc)).not.toContain('Etterpå')
    expect(viewer.doc.getMap(DocLayout.meta).get('status')).toBe('final')
  })
})
