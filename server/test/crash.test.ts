import { CloseCodes, DocLayout, MessageType } from '@referat/shared'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { checkStored } from './support/checkStored'
import { startChildServer, type ChildServer } from './support/childServer'
import { synced } from './support/connectClient'
import { createMeeting, type TestMeeting } from './support/createMeeting'
import { firstParagraphText } from './support/firstParagraphText'
import { seededRandom, type Random } from './support/seededRandom'
import { rawSocket } from './support/rawSocket'
import { SlowLoadStorage } from './support/SlowLoadStorage'
import { startServer } from './support/startServer'
import { Typist } from './support/Typist'

// The kill moments come from this seed; CRASH_SEED=<seed> repeats a run's kill times.
const SEED = Number(process.env.CRASH_SEED) || Math.floor(Math.random() * 2 ** 31)
// Every y-websocket provider adds a process 'exit' listener; 20 of them are expected here.
process.setMaxListeners(Math.max(process.getMaxListeners(), 50))
/** Close code of a connection that ended without a close frame (the server process died). */
const ABNORMAL_CLOSURE = 1006
const CONVERGE_TIMEOUT_MS = 20_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function typistsOf(
  count: number,
  server: ChildServer,
  meeting: TestMeeting,
  params: (i: number) => Record<string, string> = () => ({}),
): Typist[] {
  return Array.from(
    { length: count },
    (_, i) =>
      new Typist(
        `t${i}`,
        server.url,
        meeting.id,
        meeting.tokens.secretary,
        seededRandom(SEED + i + 1),
        params(i),
      ),
  )
}

/** Waits for every typist to sync and puts `[start]` into the paragraph they will type in. */
async function prepareParagraph(typists: Typist[]): Promise<void> {
  await Promise.all(typists.map((t) => synced(t.client)))
  const first = (typists[0] as Typist).doc
  const item = first.getXmlFragment(DocLayout.body).get(0) as Y.XmlElement
  ;(item.get(1) as Y.XmlElement).insert(0, [new Y.XmlText('[start]')])
  await vi.waitFor(() => expect(typists.every((t) => firstParagraphText(t.doc))).toBe(true))
}

async function startTyping(typists: Typist[], minMs: number, maxMs: number): Promise<void> {
  await prepareParagraph(typists)
  for (const t of typists) t.start(minMs, maxMs)
}

/** The typists not online, each with its last connection event (e.g. `t3: close 4409`). */
function offline(typists: Typist[]): string[] {
  return typists.filter((t) => !t.online).map((t) => `${t.name}: ${t.events.at(-1)?.event}`)
}

/** Stops typing and waits until every typist is online with the same document. */
async function converge(typists: Typist[]): Promise<string> {
  for (const t of typists) t.stop()
  const [first] = typists as [Typist]
  await vi.waitFor(
    () => {
      expect(offline(typists)).toEqual([])
      const state = Buffer.from(Y.encodeStateVector(first.doc)).toString('base64')
      for (const t of typists) {
        expect(Buffer.from(Y.encodeStateVector(t.doc)).toString('base64')).toBe(state)
        expect(t.text.length).toBe(first.text.length)
        expect(t.text).toBe(first.text)
      }
    },
    { timeout: CONVERGE_TIMEOUT_MS, interval: 100 },
  )
  return first.text
}

function tokenCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const token of text.match(/\[[^\]]*\]/g) ?? [])
    counts.set(token, (counts.get(token) ?? 0) + 1)
  return counts
}

/** Every token typed by anyone appears exactly once, and nothing else but `[start]`. */
function expectEveryTokenOnce(text: string, typists: Typist[]): void {
  const counts = tokenCounts(text)
  const typed = typists.flatMap((t) => t.typed)
  expect(typed.filter((token) => counts.get(token) !== 1)).toEqual([])
  expect(counts.get('[start]')).toBe(1)
  expect(counts.size).toBe(typed.length + 1)
  expect(text.replace(/\[[^\]]*\]/g, '')).toBe('')
}

/** Tokens stored more than once. */
function duplicates(text: string): string[] {
  return [...tokenCounts(text)].filter(([, n]) => n > 1).map(([token]) => token)
}

/** What the typists received since the last call (each typist's list is read on from `read`). */
function receivedSince(typists: Typist[], read: Map<Typist, number>): Uint8Array[] {
  return typists.flatMap((t) => {
    const from = read.get(t) ?? 0
    read.set(t, t.received.length)
    return t.received.slice(from)
  })
}

function allReceived(typists: Typist[]): Uint8Array[] {
  return typists.flatMap((t) => t.received)
}

function receivedCount(typists: Typist[]): number {
  return typists.reduce((sum, t) => sum + t.received.length, 0)
}

/**
 * After the server process has ended: waits until every typist noticed, then checks the data
 * folder holds every update any of them received since the last check and no token twice.
 */
async function checkAfterDeath(
  server: ChildServer,
  meeting: TestMeeting,
  typists: Typist[],
  read: Map<Typist, number>,
): Promise<{ checked: number; missing: number }> {
  await vi.waitFor(() =>
    expect(typists.filter((t) => t.client.provider.wsconnected).map((t) => t.name)).toEqual([]),
  )
  const { doc, checked, missing } = await checkStored(
    server.dataDir,
    meeting.id,
    receivedSince(typists, read),
  )
  const storedText = firstParagraphText(doc)?.toString() ?? ''
  doc.destroy()
  expect(duplicates(storedText)).toEqual([])
  expect(storedText).toContain('[start]')
  return { checked, missing }
}

async function waitOnline(typists: Typist[]): Promise<void> {
  await vi.waitFor(() => expect(offline(typists)).toEqual([]), { timeout: 15_000, interval: 50 })
}

/** Kills the server the moment `typist` receives an update from it. */
function killOnNextRelay(server: ChildServer, typist: Typist): Promise<void> {
  return new Promise((resolve) => {
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== typist.client.provider) return
      server.kill('SIGKILL')
      typist.doc.off('update', onUpdate)
      resolve()
    }
    typist.doc.on('update', onUpdate)
  })
}

/** A y-protocols sync message of `type` carrying `update`. */
function syncMessage(type: number, update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, type)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** Opens one more connection; resolves with 'opened' or why it failed. */
function tryConnect(server: ChildServer, meeting: TestMeeting): Promise<string> {
  const ws = new WebSocket(
    `${server.url.replace(/^http/, 'ws')}/collab/${meeting.id}?token=${meeting.tokens.secretary}`,
  )
  return new Promise((resolve) => {
    ws.once('open', () => {
      ws.terminate()
      resolve('opened')
    })
    ws.once('error', (error) => resolve(error.message))
  })
}

describe('crash durability (real server processes)', () => {
  it('loses nothing any of 20 clients received when the server is SIGKILLed, 5 times', async () => {
    const random: Random = seededRandom(SEED)
    console.log(`crash test seed ${SEED}`)
    let server = await startChildServer()
    const meeting = await createMeeting(server, { agenda: ['Orienteringer'] })
    const typists = typistsOf(20, server, meeting)
    await startTyping(typists, 80, 200)
    const read = new Map<Typist, number>()
    let checkedTotal = 0
    for (let round = 1; round <= 5; round++) {
      const delay = Math.round(300 + random() * 1200)
      await sleep(delay)
      // Even rounds kill at that moment; odd rounds the moment a client receives an update
      // next, when a server that relayed before storing would be caught out.
      const onRelay = round % 2 === 1
      if (onRelay) await killOnNextRelay(server, typists[round] as Typist)
      else server.kill('SIGKILL')
      expect((await server.exited).signal).toBe('SIGKILL')
      const { checked, missing } = await checkAfterDeath(server, meeting, typists, read)
      console.log(
        `round ${round}: SIGKILL ${delay} ms in${onRelay ? ', on the next relayed update' : ''}; ` +
          `${receivedCount(typists)} updates received so far; ${checked} new distinct ones ` +
          `checked against the data folder, ${missing} missing`,
      )
      expect(missing).toBe(0)
      checkedTotal += checked
      const restarting = Date.now()
      server = await server.restart()
      await waitOnline(typists)
      console.log(
        `round ${round}: restarted, all 20 back online after ${Date.now() - restarting} ms`,
      )
    }

    const converging = Date.now()
    const text = await converge(typists)
    console.log(`converged ${Date.now() - converging} ms after the typing stopped`)
    expectEveryTokenOnce(text, typists)
    const offlineTokens = typists.flatMap((t) => t.typedOffline)
    // Typing went on while the server was down; those edits arrived after the reconnect.
    expect(offlineTokens.length).toBeGreaterThan(0)
    expect(typists.flatMap((t) => t.client.closeCodes).every((c) => c === ABNORMAL_CLOSURE)).toBe(
      true,
    )

    // Everything everyone has is stored: one more SIGKILL, then the data folder alone.
    server.kill('SIGKILL')
    await server.exited
    const final = await checkStored(server.dataDir, meeting.id, allReceived(typists))
    expect(firstParagraphText(final.doc)?.toString()).toBe(text)
    final.doc.destroy()
    expect(final.missing).toBe(0)
    console.log(
      `20 clients, 5 SIGKILLs: ${receivedCount(typists)} updates received in all ` +
        `(${final.checked} distinct), ${checkedTotal} checked right after a kill, 0 missing; ` +
        `${typists.reduce((n, t) => n + t.typed.length, 0)} tokens typed, ` +
        `${offlineTokens.length} of them while the server was down`,
    )
    expect(final.checked).toBeGreaterThan(200)
    // About 25 s on an idle 2-core machine; the margin is for a machine shared with other work.
  }, 120_000)

  it('loses nothing and duplicates nothing when killed in the middle of compaction', async () => {
    const random: Random = seededRandom(SEED ^ 0x5bd1e995)
    let server = await startChildServer({ env: { COMPACT_AFTER: '8', LOG_LEVEL: 'debug' } })
    const meeting = await createMeeting(server, { agenda: ['Budsjett'] })
    const typists = typistsOf(8, server, meeting)
    await startTyping(typists, 40, 100)
    const read = new Map<Typist, number>()
    let unfinished = 0
    for (let round = 1; round <= 4; round++) {
      const delay = Math.round(200 + random() * 600)
      await sleep(delay)
      // Kill the moment the log says a compaction starts.
      const compacting = /"msg":\s*"compacting"/
      let seen = -1
      await new Promise<void>((resolve) => {
        const off = server.onLine((line) => {
          if (!compacting.test(line)) return
          server.kill('SIGKILL')
          seen = server.stderr.length
          off()
          resolve()
        })
      })
      expect((await server.exited).signal).toBe('SIGKILL')
      const finished = /"msg":\s*"compacted"/.test(server.stderr.slice(seen))
      if (!finished) unfinished++
      const compactions = server.stderr.match(/"msg":\s*"compacted"/g)?.length ?? 0
      const { checked, missing } = await checkAfterDeath(server, meeting, typists, read)
      console.log(
        `compaction round ${round}: SIGKILL at a compaction after ${delay} ms ` +
          `(${finished ? 'it had just finished' : 'before it finished'}; ${compactions} ` +
          `compactions done before in this process); ${checked} new distinct updates checked, ` +
          `${missing} missing`,
      )
      expect(missing).toBe(0)
      server = await server.restart()
      await waitOnline(typists)
    }
    const text = await converge(typists)
    expectEveryTokenOnce(text, typists)
    server.kill('SIGKILL')
    await server.exited
    const final = await checkStored(server.dataDir, meeting.id, allReceived(typists))
    expect(firstParagraphText(final.doc)?.toString()).toBe(text)
    final.doc.destroy()
    expect(final.missing).toBe(0)
    console.log(
      `compaction: ${unfinished} of 4 kills landed before the compaction's end was logged; ` +
        `${final.checked} distinct received updates all stored`,
    )
    expect(final.checked).toBeGreaterThan(50)
  }, 90_000)
})

describe('graceful shutdown (real server process)', () => {
  it('on SIGTERM refuses new connections, closes with 1012, stores all, exits 0', async () => {
    const random: Random = seededRandom(SEED ^ 0x1b873593)
    let server = await startChildServer()
    const meeting = await createMeeting(server, { agenda: ['Eventuelt'] })
    // Half of them ask for acknowledgements of what is stored.
    const typists = typistsOf(10, server, meeting, (i): Record<string, string> =>
      i % 2 ? { ack: '1' } : {},
    )
    const saved = new Map<Typist, Map<number, number>>()
    for (const t of typists.filter((_, i) => i % 2)) {
      t.client.provider.messageHandlers[MessageType.Saved] = (_encoder, decoder) => {
        saved.set(t, Y.decodeStateVector(decoding.readVarUint8Array(decoder)))
      }
    }
    await startTyping(typists, 40, 100)
    await sleep(Math.round(500 + random() * 1000))

    let probe: Promise<string> = Promise.resolve('not tried')
    server.onLine((line) => {
      if (line.startsWith('SIGTERM:')) probe = tryConnect(server, meeting)
    })
    const sigtermAt = Date.now()
    server.kill('SIGTERM')
    expect(await server.exited).toEqual({ code: 0, signal: null })
    const probed = await probe
    // Refused (ECONNREFUSED, or 503 from the upgrade), or reset by an exiting process: never open.
    expect(probed).not.toBe('opened')
    await vi.waitFor(() =>
      expect(
        typists
          .filter((t) => t.client.closeCodes[0] !== CloseCodes.ServiceRestart.code)
          .map((t) => `${t.name}: ${t.client.closeCodes.join(' ')}`),
      ).toEqual([]),
    )
    expect(saved.size).toBe(5)

    const stored = await checkStored(server.dataDir, meeting.id, allReceived(typists))
    expect(stored.missing).toBe(0)
    const storedState = Y.decodeStateVector(Y.encodeStateVector(stored.doc))
    stored.doc.destroy()
    for (const acknowledged of saved.values()) {
      for (const [client, clock] of acknowledged) {
        expect(storedState.get(client) ?? 0).toBeGreaterThanOrEqual(clock)
      }
    }

    const restartAt = Date.now()
    server = await server.restart()
    // Nobody got in while the server was shutting down or down.
    const between = typists.flatMap((t) =>
      t.events.filter((e) => e.event === 'connected' && e.at >= sigtermAt && e.at < restartAt),
    )
    expect(between).toEqual([])
    await waitOnline(typists)
    const before = await converge(typists)
    for (const t of typists) t.type()
    const after = await converge(typists)
    expect(after.length).toBeGreaterThan(before.length)
    expectEveryTokenOnce(after, typists)
    console.log(
      `SIGTERM: exit 0, ${typists.length} clients closed with 1012, a connection tried during ` +
        `shutdown failed (${probed}); ${stored.checked} distinct received updates and ` +
        `${saved.size} acknowledged states all stored`,
    )
  }, 60_000)
})

describe('reconnecting with edits the server does not have', () => {
  it('takes an edit typed on reconnecting, before the sync answer brought its base', async () => {
    // Loading the meeting takes a while (as after a restart): the socket is open, but the
    // server's sync step 1, and so the client's answer with its offline edits, come later.
    const t = await startServer(
      { idleUnloadMs: 20 },
      { storage: (dir) => new SlowLoadStorage(dir, 200) },
    )
    const meeting = await createMeeting(t, { agenda: ['Eventuelt'] })
    const a = new Typist('a', t.url, meeting.id, meeting.tokens.secretary, seededRandom(SEED))
    await prepareParagraph([a])
    await vi.waitFor(() => expect(a.received.length).toBeGreaterThan(0))
    const text = firstParagraphText(a.doc) as Y.XmlText
    a.client.provider.disconnect()
    await vi.waitFor(() => expect(t.server.registry.loadedCount).toBe(0))
    text.insert(text.length, '[offline.1]')
    text.insert(text.length, '[offline.2]')
    // Typing on the moment the socket opens: this edit builds on the offline ones.
    const onStatus = ({ status }: { status: string }) => {
      if (status !== 'connected') return
      a.client.provider.off('status', onStatus)
      queueMicrotask(() => text.insert(text.length, '[online.3]'))
    }
    a.client.provider.on('status', onStatus)
    a.client.provider.connect()
    await vi.waitFor(() => {
      expect(a.client.closeCodes).toEqual([])
      expect(a.online).toBe(true)
    })
    const b = new Typist('b', t.url, meeting.id, meeting.tokens.viewer, seededRandom(SEED))
    await synced(b.client)
    await vi.waitFor(() => expect(b.text).toBe('[start][offline.1][offline.2][online.3]'))
  })

  it('still rejects (4409) an update on unknown content once the sync answer is in', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { agenda: ['Eventuelt'] })
    const a = new Typist('a', t.url, meeting.id, meeting.tokens.secretary, seededRandom(SEED))
    await prepareParagraph([a])
    // An edit on top of one the server never got.
    const forged = new Y.Doc()
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(a.doc))
    const text = firstParagraphText(forged) as Y.XmlText
    text.insert(text.length, '[never sent]')
    const before = Y.encodeStateVector(forged)
    text.insert(text.length, '[on top]')
    const onTop = Y.encodeStateAsUpdate(forged, before)
    const socket = rawSocket(t.url, `/collab/${meeting.id}?token=${meeting.tokens.secretary}`)
    await socket.opened
    await vi.waitFor(() => expect(socket.messages.length).toBeGreaterThan(0))
    socket.ws.send(
      syncMessage(syncProtocol.messageYjsSyncStep2, Y.encodeStateAsUpdate(new Y.Doc())),
    )
    socket.ws.send(syncMessage(syncProtocol.messageYjsUpdate, onTop))
    expect((await socket.closed).code).toBe(CloseCodes.Rejected.code)
    await sleep(100)
    expect(a.text).toBe('[start]')
  })
})
