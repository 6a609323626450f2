import { CloseCodes } from '@referat/shared'
import { describe, expect, it, vi } from 'vitest'

const WAIT = { timeout: 10_000 }
import { connectClient, synced, type TestClient } from './support/connectClient'
import { createMeeting } from './support/createMeeting'
import { newSchemaName, openTestPostgres, TEST_REDIS_URL, useScaleOut } from './support/postgres'
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
})
