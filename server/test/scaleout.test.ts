import { CloseCodes } from '@referat/shared'
import { Redis } from 'ioredis'
import { describe, expect, it, onTestFinished, vi } from 'vitest'

const WAIT = { timeout: 10_000 }
import { connectClient, synced, type TestClient } from './support/connectClient'
import { createMeeting } from './support/createMeeting'
import {
  dropSchema,
  newSchemaName,
  openTestPostgres,
  TEST_DATABASE_URL,
  TEST_REDIS_URL,
  useScaleOut,
} from './support/postgres'
import { startChildServer } from './support/childServer'
import { startServer, type TestServer } from './support/startServer'

// Several instances on one PostgreSQL and one Redis, clients spread across them.

const haveServices = await useScaleOut()

let prefixes = 0

/** `count` in-process instances sharing a fresh schema and Redis channel prefix. */
async function instances(count: number): Promise<TestServer[]> {
  const schema = newSchemaName()
  const redisPrefix = `referat-test-${process.pid}-${Date.now()}-${prefixes++}:`
  const servers: TestServer[] = []
  for (let i = 0; i < count; i++) {
    const storage = await openTestPostgres(schema)
    servers.push(
      await startServer(
        { redisUrl: TEST_REDIS_URL, redisPrefix, secret: 'scale-out-test-secret-0123456789' },
        { storage: () => storage },
      ),
    )
  }
  return servers
}

const notes = (client: TestClient) => client.doc.getText('notes')

describe.runIf(haveServices)('several instances on PostgreSQL and Redis', () => {
  it('clients spread over three instances converge, and see each other present', async () => {
    const [a, b, c] = (await instances(3)) as [TestServer, TestServer, TestServer]
    const meeting = await createMeeting(a, { agenda: ['Budsjett'] })
    const clients = [a, b, c].map((server, i) => {
      const client = connectClient(server.url, meeting.id, meeting.tokens.secretary)
      client.provider.awareness.setLocalStateField('user', { name: `Skriver ${i}` })
      return client
    })
    await Promise.all(clients.map(synced))
    clients.forEach((client, i) => {
      for (let n = 0; n < 5; n++) notes(client).insert(0, `${i}`)
    })
    await vi.waitFor(() => {
      for (const client of clients) expect(notes(client).length).toBe(15)
      expect(new Set(clients.map((client) => notes(client).toString())).size).toBe(1)
    }, WAIT)
    // Presence: a client on c sees the writers connected to a and b.
    await vi.waitFor(() => {
      const names = [...(clients[2] as TestClient).provider.awareness.getStates().values()].map(
        (state) => (state.user as { name?: string } | undefined)?.name,
      )
      expect(names).toEqual(expect.arrayContaining(['Skriver 0', 'Skriver 1', 'Skriver 2']))
    }, WAIT)
  })

  it('keeps the final lock and revoked links across instances', async () => {
    const [a, b] = (await instances(2)) as [TestServer, TestServer]
    const meeting = await createMeeting(a)
    const onB = connectClient(b.url, meeting.id, meeting.tokens.secretary)
    const onA = connectClient(a.url, meeting.id, meeting.tokens.secretary)
    await Promise.all([synced(onA), synced(onB)])
    notes(onB).insert(0, 'Før fastsetting. ')
    await vi.waitFor(() => expect(notes(onA).toString()).toBe('Før fastsetting. '), WAIT)

    // Finalized through instance a: instance b refuses its client's next change.
    const finalized = await fetch(`${a.url}/api/meetings/${meeting.id}/finalize`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meeting.tokens.moderator}` },
    })
    expect(finalized.status).toBe(200)
    await vi.waitFor(() => expect(onB.doc.getMap('meta').get('status')).toBe('final'), WAIT)
    notes(onB).insert(0, 'Etterpå: ')
    await vi.waitFor(() => expect(onB.closeCodes[0]).toBe(CloseCodes.Rejected.code), WAIT)
    onB.destroy()

    // New links made through instance a close old-link connections on instance b at once.
    const viewer = connectClient(b.url, meeting.id, meeting.tokens.viewer)
    await synced(viewer)
    const renewed = await fetch(`${a.url}/api/meetings/${meeting.id}/links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${a.organizerToken}` },
    })
    expect(renewed.status).toBe(200)
    await vi.waitFor(() => expect(viewer.closeCodes[0]).toBe(CloseCodes.Unauthorized.code), WAIT)
    expect(notes(onA).toString()).toBe('Før fastsetting. ')
  })

  it('an instance killed with SIGKILL: its clients go on on another, nothing is lost', async () => {
    const schema = newSchemaName()
    onTestFinished(() => dropSchema(schema))
    const env = {
      DATABASE_URL: TEST_DATABASE_URL,
      DATABASE_SCHEMA: schema,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_PREFIX: `referat-test-kill-${process.pid}-${Date.now()}:`,
    }
    const a = await startChildServer({ env })
    const b = await startChildServer({ env })
    const meeting = await createMeeting(a, { agenda: ['Budsjett'] })
    const onA = connectClient(a.url, meeting.id, meeting.tokens.secretary)
    const onB = connectClient(b.url, meeting.id, meeting.tokens.secretary)
    await Promise.all([synced(onA), synced(onB)])
    for (let i = 0; i < 20; i++) notes(onA).insert(notes(onA).length, `a${i} `)
    a.kill('SIGKILL')
    await a.exited
    // The balancer sends the client to the instance that is left; it also goes on typing.
    onA.provider.serverUrl = onA.provider.serverUrl.replace(`:${a.port}/`, `:${b.port}/`)
    for (let i = 20; i < 30; i++) notes(onA).insert(notes(onA).length, `a${i} `)
    notes(onB).insert(0, 'b ')
    const typed = Array.from({ length: 30 }, (_, i) => `a${i} `).join('')
    // Where "b " lands depends on what b had when it was typed; both must hold all of it alike.
    await vi.waitFor(() => {
      expect(notes(onA).toString().replace('b ', '')).toBe(typed)
      expect(notes(onA).toString()).toHaveLength(typed.length + 2)
      expect(notes(onB).toString()).toBe(notes(onA).toString())
    }, WAIT)
    const expected = notes(onA).toString()
    // And it is all stored: a new client of b gets it.
    const late = connectClient(b.url, meeting.id, meeting.tokens.viewer)
    await synced(late)
    await vi.waitFor(() => expect(notes(late).toString()).toBe(expected), WAIT)
  })

  it('recovers from a Redis blip: what was sent meanwhile comes from storage', async () => {
    const [a, b] = (await instances(2)) as [TestServer, TestServer]
    const meeting = await createMeeting(a)
    const onA = connectClient(a.url, meeting.id, meeting.tokens.secretary)
    const onB = connectClient(b.url, meeting.id, meeting.tokens.secretary)
    await Promise.all([synced(onA), synced(onB)])
    const admin = new Redis(TEST_REDIS_URL)
    onTestFinished(() => void admin.quit())
    for (let i = 0; i < 10; i++) {
      notes(onA).insert(notes(onA).length, `${i} `)
      // Every connection to Redis but this one dropped, as in a restart, several times while the
      // writing goes on: subscribers miss messages, publishers queue theirs until they are back.
      if (i % 3 === 0) {
        await admin.client('KILL', 'TYPE', 'pubsub')
        await admin.client('KILL', 'TYPE', 'normal', 'SKIPME', 'yes')
      }
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const expected = Array.from({ length: 10 }, (_, i) => `${i} `).join('')
    await vi.waitFor(() => expect(notes(onB).toString()).toBe(expected), WAIT)
  })
})
