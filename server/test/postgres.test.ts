import { DocLayout } from '@referat/shared'
import pg from 'pg'
import { describe, expect, it, vi } from 'vitest'
import { connectClient, synced } from './support/connectClient'
import { createMeeting } from './support/createMeeting'
import { newSchemaName, openTestPostgres, TEST_DATABASE_URL, usePostgres } from './support/postgres'
import { startServer } from './support/startServer'

// The real server on PostgreSQL (DATABASE_URL): collaboration, storage before relay, restart.

const havePostgres = await usePostgres()

async function loggedUpdates(schema: string): Promise<number> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${schema}.updates`,
    )
    return Number(rows[0]?.n)
  } finally {
    await client.end()
  }
}

describe.runIf(havePostgres)('Referat on PostgreSQL', () => {
  it('stores what two clients write and gives it back after a restart, compacted', async () => {
    const schema = newSchemaName()
    const first = await openTestPostgres(schema)
    const t = await startServer({ compactAfter: 10 }, { storage: () => first })
    const meeting = await createMeeting(t, { agenda: ['Budsjett'] })
    const a = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    const b = connectClient(t.url, meeting.id, meeting.tokens.moderator)
    await Promise.all([synced(a), synced(b)])
    for (let i = 0; i < 15; i++) a.doc.getText('notes').insert(0, 'a')
    b.doc.getText('notes').insert(0, 'b')
    await vi.waitFor(() => {
      expect(a.doc.getText('notes').toString()).toHaveLength(16)
      expect(b.doc.getText('notes').toString()).toBe(a.doc.getText('notes').toString())
    })
    const text = a.doc.getText('notes').toString()
    // Compaction ran (after 10 updates): the log holds fewer than the 16 updates written.
    await vi.waitFor(async () => expect(await loggedUpdates(schema)).toBeLessThan(10))
    a.destroy()
    b.destroy()
    await t.server.close()

    // A second server process would open its own pool on the same database.
    const second = await openTestPostgres(schema)
    const t2 = await startServer({}, { storage: () => second, dataDir: t.dataDir })
    const late = connectClient(t2.url, meeting.id, meeting.tokens.viewer)
    await synced(late)
    expect(late.doc.getText('notes').toString()).toBe(text)
    expect(late.doc.getXmlFragment(DocLayout.body).toString()).toContain('Budsjett')
    const list = await fetch(`${t2.url}/api/meetings`, {
      headers: { authorization: `Bearer ${t2.organizerToken}` },
    })
    expect(((await list.json()) as { meetings: { id: string }[] }).meetings).toEqual([
      expect.objectContaining({ id: meeting.id }),
    ])
  })
})
