import { CloseCodes } from '@referat/shared'
import * as encoding from 'lib0/encoding'
import { describe, expect, it, vi } from 'vitest'
import type { IncomingMessage } from 'node:http'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { clientAddress } from '../src/collab/clientAddress'
import { DocumentSize } from '../src/collab/DocumentSize'
import { TokenBucket } from '../src/collab/TokenBucket'
import { connectClient, synced, type TestClient } from './support/connectClient'
import { createMeeting, type TestMeeting } from './support/createMeeting'
import { rawSocket, type RawSocket } from './support/rawSocket'
import { startServer, type TestServer } from './support/startServer'

function notes(client: TestClient) {
  return client.doc.getText('notes')
}

/** A Yjs update message carrying an empty update: valid, and changes nothing. */
function emptyUpdateMessage(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0) // sync
  encoding.writeVarUint(encoder, 2) // update
  encoding.writeVarUint8Array(encoder, new Uint8Array([0, 0]))
  return encoding.toUint8Array(encoder)
}

/** An awareness message setting the state of one client. */
function awarenessMessage(clientId: number, clock: number): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, 1)
  encoding.writeVarUint(update, clientId)
  encoding.writeVarUint(update, clock)
  encoding.writeVarString(update, JSON.stringify({ user: { name: 'Rask' }, cursor: clock }))
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1) // awareness
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update))
  return encoding.toUint8Array(encoder)
}

async function rejectedCount(t: TestServer, reason: string): Promise<number> {
  const text = await (await fetch(`${t.url}/metrics`)).text()
  const match = new RegExp(`referat_rejected_total\\{reason="${reason}"\\} (\\d+)`).exec(text)
  return match ? Number(match[1]) : 0
}

/** A raw connection of `meeting` as secretary, once the server has taken it into the room. */
async function joinedSocket(t: TestServer, meeting: TestMeeting): Promise<RawSocket> {
  const socket = rawSocket(t.url, `/collab/${meeting.id}?token=${meeting.tokens.secretary}`)
  await socket.opened
  await vi.waitFor(() => expect(socket.messages.length).toBeGreaterThan(0))
  return socket
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('limits per connection', () => {
  it('closes a connection that floods updates with 4429 and counts rate_updates', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    const good = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await synced(good)
    const flooder = await joinedSocket(t, meeting)
    // The default allows 50 a second in bursts of 200: 300 at once is a runaway client.
    for (let i = 0; i < 300; i++) flooder.ws.send(emptyUpdateMessage())
    expect((await flooder.closed).code).toBe(CloseCodes.TooManyMessages.code)
    expect(await rejectedCount(t, 'rate_updates')).toBe(1)
    expect(good.closeCodes).toEqual([])
  })

  it('never limits a fast typist who also pastes', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    const typist = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    const reader = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    await Promise.all([synced(typist), synced(reader)])
    // 150 separate updates at once (e.g. a multi-step paste or an undo burst) …
    for (let i = 0; i < 150; i++) notes(typist).insert(notes(typist).length, 'x')
    // … then 3 s at 25 keystrokes a second, twice a fast typist's pace.
    for (let i = 0; i < 75; i++) {
      notes(typist).insert(notes(typist).length, 'y')
      await sleep(40)
    }
    await vi.waitFor(() => expect(notes(reader).length).toBe(225))
    expect(typist.closeCodes).toEqual([])
    expect(await rejectedCount(t, 'rate_updates')).toBe(0)
  })

  it('closes a connection that floods awareness with 4429 and counts rate_awareness', async () => {
    const t = await startServer({ maxAwarenessPerSecond: 10 })
    const meeting = await createMeeting(t)
    const flooder = await joinedSocket(t, meeting)
    // Bursts of 40 are allowed (four seconds' worth) …
    for (let clock = 1; clock <= 40; clock++) flooder.ws.send(awarenessMessage(4242, clock))
    await sleep(300)
    expect(flooder.ws.readyState).toBe(WebSocket.OPEN)
    // … but not a sustained flood.
    for (let clock = 41; clock <= 100; clock++) flooder.ws.send(awarenessMessage(4242, clock))
    expect((await flooder.closed).code).toBe(CloseCodes.TooManyMessages.code)
    expect(await rejectedCount(t, 'rate_awareness')).toBe(1)
    expect(await rejectedCount(t, 'rate_updates')).toBe(0)
  })
})

describe('limits on connections', () => {
  it('refuses connections beyond the meeting limit with 1013; the client gets in once a place frees up', async () => {
    const t = await startServer({ maxConnectionsPerMeeting: 3 })
    const meeting = await createMeeting(t)
    const other = await createMeeting(t)
    const present = [0, 1, 2].map(() => connectClient(t.url, meeting.id, meeting.tokens.secretary))
    await Promise.all(present.map(synced))
    const late = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    await vi.waitFor(() => expect(late.closeCodes[0]).toBe(CloseCodes.MeetingFull.code))
    expect(await rejectedCount(t, 'connections_meeting')).toBeGreaterThanOrEqual(1)
    // Another meeting is not affected.
    const elsewhere = connectClient(t.url, other.id, other.tokens.viewer)
    await synced(elsewhere)
    // The refusal is transient: the provider keeps trying and gets in when someone leaves.
    notes(present[0] as TestClient).insert(0, 'skrevet mens møtet var fullt')
    ;(present[2] as TestClient).destroy()
    await synced(late)
    await vi.waitFor(() => expect(notes(late).toString()).toBe('skrevet mens møtet var fullt'))
    expect(present.slice(0, 2).flatMap((c) => c.closeCodes)).toEqual([])
  })

  it('refuses connections beyond the limit per address with 1013, honouring a local proxy', async () => {
    const t = await startServer({ maxConnectionsPerIp: 2 })
    const meeting = await createMeeting(t)
    const path = `/collab/${meeting.id}?token=${meeting.tokens.viewer}`
    const first = rawSocket(t.url, path)
    const second = rawSocket(t.url, path)
    await Promise.all([first.opened, second.opened])
    const third = rawSocket(t.url, path)
    const closed = await third.closed
    expect(closed).toEqual({
      code: CloseCodes.TooManyConnections.code,
      reason: CloseCodes.TooManyConnections.reason,
    })
    expect(await rejectedCount(t, 'connections_ip')).toBe(1)
    // Behind a reverse proxy on this machine, each forwarded address has its own allowance.
    const proxied = new WebSocket(`${t.url.replace(/^http/, 'ws')}${path}`, {
      headers: { 'x-forwarded-for': '203.0.113.7' },
    })
    await new Promise((resolve) => proxied.once('message', resolve))
    expect(proxied.readyState).toBe(WebSocket.OPEN)
    // A closed connection gives its place back.
    first.ws.close()
    await first.closed
    const again = rawSocket(t.url, path)
    await again.opened
    await vi.waitFor(() => expect(again.messages.length).toBeGreaterThan(0))
    expect(again.ws.readyState).toBe(WebSocket.OPEN)
    proxied.terminate()
  })
})

describe('limit on the size of a meeting', () => {
  it('refuses with 4413 an update that would make the meeting too large: not applied, stored or relayed', async () => {
    const t = await startServer({ maxDocumentBytes: 64 * 1024 })
    const meeting = await createMeeting(t)
    const writer = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    const reader = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    await Promise.all([synced(writer), synced(reader)])
    notes(writer).insert(0, 'a'.repeat(30_000))
    await vi.waitFor(() => expect(notes(reader).length).toBe(30_000))

    const paster = connectClient(t.url, meeting.id, meeting.tokens.moderator)
    await synced(paster)
    notes(paster).insert(0, 'b'.repeat(40_000))
    await vi.waitFor(() => expect(paster.closeCodes[0]).toBe(CloseCodes.MeetingTooLarge.code))
    paster.destroy()
    expect(await rejectedCount(t, 'document_size')).toBeGreaterThanOrEqual(1)

    // The meeting goes on: an edit that fits is taken.
    notes(writer).insert(0, 'fortsatt plass. ')
    await vi.waitFor(() => expect(notes(reader).toString()).toMatch(/^fortsatt plass\. a+$/))
    expect(notes(reader).toString()).not.toContain('b')
    expect(writer.closeCodes).toEqual([])
    expect(reader.closeCodes).toEqual([])

    writer.destroy()
    reader.destroy()
    const t2 = await t.restart()
    const after = connectClient(t2.url, meeting.id, meeting.tokens.viewer)
    await synced(after)
    expect(notes(after).length).toBe(30_000 + 'fortsatt plass. '.length)
    expect(notes(after).toString()).not.toContain('b')
  })
})

describe('the parts of the limits', () => {
  it('TokenBucket: a burst at once, then the rate, refilled over time', () => {
    let now = 0
    const bucket = new TokenBucket(10, 40, () => now)
    const taken = (n: number) => Array.from({ length: n }, () => bucket.take()).filter(Boolean)
    expect(taken(50)).toHaveLength(40)
    now += 500
    expect(taken(10)).toHaveLength(5)
    now += 60_000
    expect(taken(100)).toHaveLength(40)
  })

  it('DocumentSize: refuses what would not fit, never what fits after deletions', () => {
    const doc = new Y.Doc()
    const size = new DocumentSize(() => Y.encodeStateAsUpdate(doc).byteLength)
    doc.on('update', (update: Uint8Array) => size.grow(update.byteLength))
    const text = doc.getText('notes')
    expect(size.wouldExceed(0, 1000)).toBe(false)
    text.insert(0, 'x'.repeat(600))
    expect(size.wouldExceed(600, 1000)).toBe(true)
    // The estimate only grows; deleting the text must not leave the meeting locked.
    text.delete(0, 600)
    expect(size.wouldExceed(600, 1000)).toBe(false)
  })

  it('clientAddress: trusts X-Forwarded-For from a local proxy only, from the right', () => {
    const request = (remoteAddress: string, forwarded?: string) =>
      ({
        socket: { remoteAddress },
        headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
      }) as unknown as IncomingMessage
    expect(clientAddress(request('127.0.0.1'))).toBe('127.0.0.1')
    expect(clientAddress(request('127.0.0.1', '203.0.113.7'))).toBe('203.0.113.7')
    // A client may put anything on the left; the proxy appends the address it saw.
    expect(clientAddress(request('::1', '10.9.9.9, 198.51.100.2'))).toBe('198.51.100.2')
    expect(clientAddress(request('::ffff:127.0.0.1', 'not-an-ip, 127.0.0.1'))).toBe('127.0.0.1')
    // From anywhere else the header is ignored: it could be forged.
    expect(clientAddress(request('198.51.100.9', '203.0.113.7'))).toBe('198.51.100.9')
  })
})
