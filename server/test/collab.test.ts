import { CloseCodes, DocLayout } from '@referat/shared'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createMeeting } from './support/createMeeting'
import { connectClient, synced, type TestClient } from './support/connectClient'
import { rawSocket } from './support/rawSocket'
import { storedUpdateCount } from './support/storedUpdateCount'
import { startServer } from './support/startServer'
import { SlowStorage } from './support/SlowStorage'

function body(client: TestClient): Y.XmlFragment {
  return client.doc.getXmlFragment(DocLayout.body)
}

function notes(client: TestClient): Y.Text {
  return client.doc.getText('notes')
}

describe('collaboration server', () => {
  it('gives a new client the meeting as created, before it reports synced', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { agenda: ['Godkjenning av innkalling', 'Eventuelt'] })
    const client = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await synced(client)
    expect(client.doc.getMap(DocLayout.meta).get('title')).toBe('Faggruppemøte')
    const items = body(client).toArray() as Y.XmlElement[]
    expect(items.map((item) => item.nodeName)).toEqual(['agendaItem', 'agendaItem'])
    expect(items[1]?.toString()).toContain('Eventuelt')
  })

  it('lets two clients converge on concurrent edits', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    const a = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    const b = connectClient(t.url, meeting.id, meeting.tokens.moderator)
    await Promise.all([synced(a), synced(b)])
    notes(a).insert(0, 'Alice skriver. ')
    notes(b).insert(0, 'Bob skriver. ')
    await vi.waitFor(() => {
      expect(notes(a).toString()).toHaveLength('Alice skriver. Bob skriver. '.length)
      expect(notes(a).toString()).toBe(notes(b).toString())
    })
  })

  it('gives a late joiner the full state', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    const a = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await synced(a)
    for (let i = 0; i < 50; i++) notes(a).insert(notes(a).length, `linje ${i}\n`)
    await vi.waitFor(() => expect(storedUpdateCount(t.dataDir, meeting.id)).toBeGreaterThan(0))
    const late = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    await synced(late)
    expect(notes(late).toString()).toBe(notes(a).toString())
    expect(notes(late).toString()).toContain('linje 49')
  })

  it('keeps everything across a restart on the same data folder', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    const a = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await synced(a)
    notes(a).insert(0, 'Vedtatt enstemmig.')
    a.doc.getMap(DocLayout.meta).set('location', 'Oslo rådhus')
    await vi.waitFor(() => expect(storedUpdateCount(t.dataDir, meeting.id)).toBe(2))
    a.destroy()

    const t2 = await t.restart()
    const b = connectClient(t2.url, meeting.id, meeting.tokens.secretary)
    await synced(b)
    expect(notes(b).toString()).toBe('Vedtatt enstemmig.')
    const summary = await fetch(
      `${t2.url}/api/meetings/${meeting.id}?token=${meeting.tokens.viewer}`,
    )
    expect(await summary.json()).toMatchObject({ location: 'Oslo rådhus', role: 'viewer' })
  })

  it('stores an update before any other client sees it', async () => {
    // Slow storage (every transaction takes 100 ms longer) makes an early relay visible.
    const t = await startServer({}, { storage: (dir) => new SlowStorage(dir, 100) })
    const meeting = await createMeeting(t)
    const writer = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    const reader = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    await Promise.all([synced(writer), synced(reader)])
    const storedWhenSeen: number[] = []
    notes(reader).observe(() => storedWhenSeen.push(storedUpdateCount(t.dataDir, meeting.id)))
    for (let i = 1; i <= 5; i++) {
      notes(writer).insert(0, `${i}`)
      await vi.waitFor(() => expect(notes(reader).length).toBe(i))
    }
    // When the reader saw the i-th update, at least i updates were already stored.
    storedWhenSeen.forEach((stored, i) => expect(stored).toBeGreaterThanOrEqual(i + 1))
  })

  it('relays updates stored in one batch as one message per connection', async () => {
    // Slow storage: while one batch is written, the next updates pile up and go out together.
    const t = await startServer({}, { storage: (dir) => new SlowStorage(dir, 100) })
    const meeting = await createMeeting(t)
    const writers = [0, 1, 2].map(() => connectClient(t.url, meeting.id, meeting.tokens.secretary))
    const reader = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    await Promise.all([...writers, reader].map(synced))
    const frames: number[] = []
    const socket = reader.provider.ws as unknown as { on(e: string, f: () => void): void }
    socket.on('message', () => frames.push(Date.now()))
    for (let round = 0; round < 10; round++) {
      writers.forEach((writer, i) => notes(writer).insert(0, `${i}`))
    }
    await vi.waitFor(() => expect(notes(reader).length).toBe(30))
    for (const writer of writers) await vi.waitFor(() => expect(notes(writer).length).toBe(30))
    // 30 updates (plus the server's lastEdited writes) in a handful of messages, not 30.
    expect(frames.length).toBeLessThan(15)
    expect(notes(reader).toString()).toBe(notes(writers[0] as TestClient).toString())
  })

  it('acknowledges stored updates to a client that asks (ack=1)', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    const client = connectClient(t.url, meeting.id, meeting.tokens.secretary, { ack: '1' })
    const saved: Map<number, number>[] = []
    client.provider.messageHandlers[100] = (_encoder, decoder) => {
      saved.push(Y.decodeStateVector(decoding.readVarUint8Array(decoder)))
    }
    await synced(client)
    notes(client).insert(0, 'lagret?')
    const ownClock = () =>
      Y.decodeStateVector(Y.encodeStateVector(client.doc)).get(client.doc.clientID)
    await vi.waitFor(() => expect(saved.at(-1)?.get(client.doc.clientID)).toBe(ownClock()))
  })

  it("never applies, stores or relays a viewer's update", async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    const viewer = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    const secretary = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await Promise.all([synced(viewer), synced(secretary)])
    notes(viewer).insert(0, 'Tilskueren prøver å skrive')
    notes(secretary).insert(0, 'Sekretæren skriver')
    await vi.waitFor(() => expect(notes(viewer).toString()).toContain('Sekretæren skriver'))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(notes(secretary).toString()).toBe('Sekretæren skriver')
    expect(storedUpdateCount(t.dataDir, meeting.id)).toBe(1)
    const late = connectClient(t.url, meeting.id, meeting.tokens.moderator)
    await synced(late)
    expect(notes(late).toString()).toBe('Sekretæren skriver')
    const metrics = await (await fetch(`${t.url}/metrics`)).text()
    expect(metrics).toMatch(/referat_rejected_total\{reason="read_only"\} [1-9]/)
  })

  it('applies none of 1,000 write attempts from viewer connections, of every update kind', async () => {
    // 250 messages at once per connection: above the default rate limit, which is not tested here.
    const t = await startServer({ maxUpdatesPerSecond: 1000 })
    const meeting = await createMeeting(t, { agenda: ['Orienteringer'] })
    const secretary = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await synced(secretary)
    const before = storedUpdateCount(t.dataDir, meeting.id)
    const viewers = Array.from({ length: 4 }, () =>
      rawSocket(t.url, `/collab/${meeting.id}?token=${meeting.tokens.viewer}`),
    )
    await Promise.all(viewers.map((v) => v.opened))
    for (let i = 0; i < 1000; i++) {
      // Real updates made against the meeting's state: text, a new agenda item, a header change.
      const forged = new Y.Doc()
      Y.applyUpdate(forged, Y.encodeStateAsUpdate(secretary.doc))
      const edit = i % 3
      if (edit === 0) forged.getText('notes').insert(0, `tilskuer ${i}`)
      if (edit === 1)
        forged.getXmlFragment(DocLayout.body).insert(0, [new Y.XmlElement('agendaItem')])
      if (edit === 2) forged.getMap(DocLayout.meta).set('title', `Kapret ${i}`)
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, 0) // sync
      encoding.writeVarUint(encoder, i % 2 === 0 ? 2 : 1) // update, or sync step 2
      encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(forged))
      ;(viewers[i % viewers.length] as (typeof viewers)[number]).ws.send(
        encoding.toUint8Array(encoder),
      )
      forged.destroy()
    }
    notes(secretary).insert(0, 'Sekretæren skriver')
    const metricsText = async () => (await fetch(`${t.url}/metrics`)).text()
    await vi.waitFor(async () =>
      expect(await metricsText()).toMatch(/referat_rejected_total\{reason="read_only"\} 1000\b/),
    )
    const late = connectClient(t.url, meeting.id, meeting.tokens.moderator)
    await synced(late)
    expect(notes(late).toString()).toBe('Sekretæren skriver')
    expect(body(late).length).toBe(1)
    expect(late.doc.getMap(DocLayout.meta).get('title')).toBe('Faggruppemøte')
    expect(storedUpdateCount(t.dataDir, meeting.id)).toBe(before + 1)
    // The viewers stay connected (reading is their right); nothing they sent was relayed.
    for (const v of viewers) expect(v.ws.readyState).toBe(v.ws.OPEN)
  })

  it('unloads an idle meeting and loads it again intact, compacted', async () => {
    const t = await startServer({ idleUnloadMs: 50 })
    const meeting = await createMeeting(t)
    const a = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await synced(a)
    for (let i = 0; i < 20; i++) notes(a).insert(notes(a).length, `${i} `)
    const expected = notes(a).toString()
    await vi.waitFor(() => expect(t.server.registry.loadedCount).toBe(1))
    a.destroy()
    await vi.waitFor(() => expect(t.server.registry.loadedCount).toBe(0))
    expect(storedUpdateCount(t.dataDir, meeting.id)).toBe(0)
    const b = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    await synced(b)
    expect(notes(b).toString()).toBe(expected)
  })

  it('compacts a long update log into a snapshot while the meeting is open', async () => {
    const t = await startServer({ compactAfter: 10 })
    const meeting = await createMeeting(t)
    const a = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await synced(a)
    for (let i = 0; i < 25; i++) {
      notes(a).insert(notes(a).length, `${i} `)
      await new Promise((resolve) => setImmediate(resolve))
    }
    await vi.waitFor(() => expect(storedUpdateCount(t.dataDir, meeting.id)).toBeLessThan(10))
    a.destroy()
    const t2 = await t.restart()
    const b = connectClient(t2.url, meeting.id, meeting.tokens.viewer)
    await synced(b)
    expect(notes(b).toString()).toBe(Array.from({ length: 25 }, (_, i) => `${i} `).join(''))
  })

  it('closes clients with 1012 on shutdown and keeps their edits', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    const a = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await synced(a)
    notes(a).insert(0, 'siste ord')
    await vi.waitFor(() => expect(storedUpdateCount(t.dataDir, meeting.id)).toBe(1))
    await t.server.close()
    await vi.waitFor(() => expect(a.closeCodes[0]).toBe(CloseCodes.ServiceRestart.code))
    a.destroy()
    const t2 = await t.restart()
    const b = connectClient(t2.url, meeting.id, meeting.tokens.viewer)
    await synced(b)
    expect(notes(b).toString()).toBe('siste ord')
  })
})

describe('collaboration server on bad input', () => {
  it('closes a connection without a valid token with 4401', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    for (const token of [
      '',
      'garbage',
      `${meeting.tokens.secretary}x`,
      meeting.tokens.secretary.slice(0, 40),
    ]) {
      const socket = rawSocket(t.url, `/collab/${meeting.id}?token=${encodeURIComponent(token)}`)
      expect((await socket.closed).code).toBe(CloseCodes.Unauthorized.code)
    }
  })

  it('refuses a token of another meeting with 4401', async () => {
    const t = await startServer()
    const a = await createMeeting(t)
    const b = await createMeeting(t)
    const client = connectClient(t.url, b.id, a.tokens.moderator)
    await vi.waitFor(() => expect(client.closeCodes[0]).toBe(CloseCodes.Unauthorized.code))
    expect(client.provider.synced).toBe(false)
  })

  it('closes with 4404 for an unknown meeting and for ids that are not ids', async () => {
    const t = await startServer()
    const organizer = t.organizerToken
    for (const path of ['/collab/unknownmeeting1', '/collab/..%2F..%2Fetc', '/collab/a%00b%00c']) {
      const socket = rawSocket(t.url, `${path}?token=${organizer}`)
      expect((await socket.closed).code).toBe(CloseCodes.NotFound.code)
    }
  })

  it('closes only the socket that sends garbage; the others go on', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    const a = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    const b = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await Promise.all([synced(a), synced(b)])
    const garbage: Uint8Array[] = [
      new Uint8Array([0xff, 0xff, 0xff]),
      new Uint8Array([0, 2, 50, 1, 2]), // update claiming 50 bytes, carrying 2
      new Uint8Array([0, 9, 0]), // unknown sync message type
      new Uint8Array([42]), // unknown message type
      new Uint8Array([0, 2, 4, 1, 1, 1, 1]), // a broken Yjs update
      new Uint8Array([]),
    ]
    for (const bytes of garbage) {
      const socket = rawSocket(t.url, `/collab/${meeting.id}?token=${meeting.tokens.secretary}`)
      await socket.opened
      socket.ws.send(bytes)
      expect((await socket.closed).code).toBe(CloseCodes.BadMessage.code)
    }
    notes(a).insert(0, 'fortsatt her')
    await vi.waitFor(() => expect(notes(b).toString()).toBe('fortsatt her'))
    expect(a.closeCodes).toEqual([])
    expect(b.closeCodes).toEqual([])
  })

  it('closes a connection whose message is over the size limit with 1009', async () => {
    const t = await startServer({ maxMessageBytes: 4096 })
    const meeting = await createMeeting(t)
    const socket = rawSocket(t.url, `/collab/${meeting.id}?token=${meeting.tokens.secretary}`)
    await socket.opened
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 0)
    encoding.writeVarUint(encoder, 2)
    encoding.writeVarUint8Array(encoder, new Uint8Array(10_000))
    socket.ws.send(encoding.toUint8Array(encoder))
    expect((await socket.closed).code).toBe(CloseCodes.MessageTooBig.code)
  })
})
