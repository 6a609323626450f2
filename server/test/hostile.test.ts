import { CloseCodes, DocLayout, type MeetingRole } from '@referat/shared'
import fc from 'fast-check'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { connectClient, synced, type TestClient } from './support/connectClient'
import { createMeeting } from './support/createMeeting'
import {
  awarenessMessage,
  hostileMessage,
  syncMessage,
  type MessagePool,
} from './support/hostileMessages'
import { startServer } from './support/startServer'

setFlagsFromString('--expose-gc')
/** A full garbage collection, so that heap figures compare what is live. */
const collectGarbage = runInNewContext('gc') as () => void

const MAX_MESSAGE_BYTES = 64 * 1024
/** Close codes a hostile connection may get: each names what was wrong with what it sent. */
const EXPECTED_CLOSES = new Set<number>([
  CloseCodes.BadMessage.code,
  CloseCodes.MessageTooBig.code,
  CloseCodes.Rejected.code,
  CloseCodes.TooManyMessages.code,
])

function notes(client: TestClient): Y.Text {
  return client.doc.getText('notes')
}

function memory(): { heapMb: number; rssMb: number } {
  collectGarbage()
  const { heapUsed, rss } = process.memoryUsage()
  return { heapMb: heapUsed / 2 ** 20, rssMb: rss / 2 ** 20 }
}

/** Real messages against the meeting as `client` has it, for the fuzzer to cut and corrupt. */
function messagePool(client: TestClient): MessagePool {
  const forge = new Y.Doc()
  Y.applyUpdate(forge, Y.encodeStateAsUpdate(client.doc))
  const updates: Uint8Array[] = []
  const edit = (change: () => void) => {
    const before = Y.encodeStateVector(forge)
    change()
    updates.push(Y.encodeStateAsUpdate(forge, before))
  }
  edit(() => forge.getText('fuzz').insert(0, 'uventet tekst'))
  edit(() => forge.getText('fuzz').delete(0, 3))
  edit(() => {
    const item = new Y.XmlElement('agendaItem')
    item.setAttribute('id', 'fuzz-item')
    item.insert(0, [new Y.XmlText('Sak fra fuzzeren')])
    forge.getXmlFragment(DocLayout.body).insert(0, [item])
  })
  edit(() => forge.getMap(DocLayout.meta).set('location', 'Et annet sted'))
  edit(() => forge.getMap(DocLayout.meta).set('status', 'final')) // breaks a rule
  edit(() => forge.getMap(DocLayout.lastEdited).set('fuzz-item', { name: 'x' })) // likewise
  const messages = [
    ...updates.flatMap((update) => [syncMessage(1, update), syncMessage(2, update)]),
    syncMessage(0, Y.encodeStateVector(forge)),
    syncMessage(0, new Uint8Array([0])),
    awarenessMessage(forge.clientID, 1, JSON.stringify({ user: { name: 'Fuzz' } })),
    awarenessMessage(forge.clientID, 2, 'null'),
  ]
  forge.destroy()
  return { updates, messages }
}

interface FuzzSocket {
  ws: WebSocket
  /** Close code once closed, else null. */
  code: number | null
}

/** Resolves once everything sent before on `socket` was handled: with the pong, or the close. */
function settled(socket: FuzzSocket): Promise<void> {
  if (socket.code !== null) return Promise.resolve()
  return new Promise((resolve) => {
    socket.ws.once('pong', () => resolve())
    socket.ws.once('close', () => resolve())
    if (socket.ws.readyState === WebSocket.OPEN) socket.ws.ping()
  })
}

describe('hostile input', () => {
  it('stays up and keeps two good editors unaffected under 10,000 fuzzed messages', async () => {
    const t = await startServer({ maxMessageBytes: MAX_MESSAGE_BYTES })
    const meeting = await createMeeting(t, { agenda: ['Godkjenning av innkalling', 'Eventuelt'] })
    const alice = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    const bob = connectClient(t.url, meeting.id, meeting.tokens.moderator)
    await Promise.all([synced(alice), synced(bob)])
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice' })
    bob.provider.awareness.setLocalStateField('user', { name: 'Bob' })
    const pool = messagePool(alice)

    // The good clients write all along: 20 edits a second each.
    let rounds = 0
    const editing = setInterval(() => {
      notes(alice).insert(notes(alice).length, `A${rounds} `)
      notes(bob).insert(0, `B${rounds} `)
      rounds++
    }, 50)

    const wsUrl = `${t.url.replace(/^http/, 'ws')}/collab/${meeting.id}`
    const roles: MeetingRole[] = ['secretary', 'viewer', 'moderator']
    let connections = 0
    let sent = 0
    const closes = new Map<number, number>()
    /** The hostile connection in use; a new one replaces it once the server has closed it. */
    const fuzz: { socket: FuzzSocket | null } = { socket: null }
    const connect = async (waitForJoin: boolean): Promise<FuzzSocket> => {
      const role = roles[connections++ % roles.length] as MeetingRole
      const socket: FuzzSocket = {
        ws: new WebSocket(`${wsUrl}?token=${meeting.tokens[role]}`),
        code: null,
      }
      socket.ws.on('error', () => {}) // e.g. a reset after an oversized frame; the close tells
      const closed = new Promise<void>((resolve) =>
        socket.ws.once('close', (code) => {
          socket.code = code
          closes.set(code, (closes.get(code) ?? 0) + 1)
          resolve()
        }),
      )
      const opened = new Promise((resolve) => socket.ws.once('open', resolve))
      // The server sends sync step 1 once the connection has joined the meeting; sending
      // before that exercises the buffer of early messages instead.
      const joined = new Promise((resolve) => socket.ws.once('message', resolve))
      await Promise.race([waitForJoin ? joined : opened, closed])
      return socket
    }

    const before = memory()
    const started = performance.now()
    await fc.assert(
      fc.asyncProperty(
        fc.array(hostileMessage(pool, MAX_MESSAGE_BYTES), { minLength: 3, maxLength: 10 }),
        fc.boolean(),
        async (batch, waitForJoin) => {
          if (!fuzz.socket || fuzz.socket.code !== null) fuzz.socket = await connect(waitForJoin)
          const socket = fuzz.socket
          for (const message of batch) {
            if (socket.ws.readyState !== WebSocket.OPEN) break
            socket.ws.send(message)
            sent++
          }
          await settled(socket)
          if (socket.code !== null && !EXPECTED_CLOSES.has(socket.code)) {
            throw new Error(`unexpected close code ${socket.code}`)
          }
          if (alice.closeCodes.length + bob.closeCodes.length > 0) {
            throw new Error(`a good client was closed: ${[...alice.closeCodes, ...bob.closeCodes]}`)
          }
        },
      ),
      { numRuns: 2000, endOnFailure: true },
    )
    const fuzzMs = performance.now() - started
    fuzz.socket?.ws.terminate()
    clearInterval(editing)
    const after = memory()
    console.log(
      `fuzz: ${sent} messages on ${connections} connections in ${Math.round(fuzzMs)} ms; ` +
        `closes ${JSON.stringify(Object.fromEntries(closes))}; ` +
        `heap ${before.heapMb.toFixed(1)} -> ${after.heapMb.toFixed(1)} MB, ` +
        `rss ${before.rssMb.toFixed(1)} -> ${after.rssMb.toFixed(1)} MB; ${rounds} edit rounds`,
    )

    expect(sent).toBeGreaterThanOrEqual(10_000)
    // Most hostile connections were closed, each with a code that says why.
    expect(connections).toBeGreaterThan(1000)
    expect(closes.get(CloseCodes.BadMessage.code)).toBeGreaterThan(100)
    expect(closes.get(CloseCodes.MessageTooBig.code)).toBeGreaterThan(0)

    // The good clients never saw a close and converged on all of their edits.
    expect(alice.closeCodes).toEqual([])
    expect(bob.closeCodes).toEqual([])
    expect(alice.provider.wsconnected && bob.provider.wsconnected).toBe(true)
    await vi.waitFor(() => {
      expect(notes(alice).toString()).toBe(notes(bob).toString())
      for (let i = 0; i < rounds; i++) {
        expect(notes(alice).toString()).toContain(`A${i} `)
        expect(notes(alice).toString()).toContain(`B${i} `)
      }
    })
    // Nothing of the hostile connections is left: no connection, no presence. (A leaked count
    // per address would also have shown: they all came from 127.0.0.1, limit 50.)
    await vi.waitFor(() => expect(t.server.metrics.connections).toBe(2))
    const [room] = await t.server.registry.loadedRooms()
    expect([...(room?.awareness.getStates().keys() ?? [])].sort()).toEqual(
      [alice.doc.clientID, bob.doc.clientID].sort(),
    )
    const late = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    await synced(late)
    expect(notes(late).toString()).toBe(notes(alice).toString())

    // The server is up, and its memory stayed bounded (the server runs in this process).
    const health = await fetch(`${t.url}/healthz`)
    expect(health.status).toBe(200)
    expect(after.heapMb - before.heapMb).toBeLessThan(64)
    expect(after.rssMb - before.rssMb).toBeLessThan(256)
  }, 90_000)
})
