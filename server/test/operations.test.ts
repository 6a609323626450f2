import { DocLayout } from '@referat/shared'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createLogger } from '../src/log/createLogger'
import { SqliteStorage } from '../src/storage/SqliteStorage'
import { connectClient, synced } from './support/connectClient'
import { createMeeting } from './support/createMeeting'
import { rawSocket } from './support/rawSocket'
import { startServer } from './support/startServer'

describe('logs and metrics', () => {
  it('log as JSON lines with meeting and connection ids, and never a token', async () => {
    const lines: string[] = []
    const t = await startServer({}, { logger: createLogger('debug', (line) => lines.push(line)) })
    const organizer = t.organizerToken
    const meeting = await createMeeting(t, { agenda: ['Budsjett'] })
    // The organizer token in the query string and in the header, a meeting token on the socket,
    // a failing request and a refused connection.
    await fetch(`${t.url}/api/meetings?token=${organizer}`)
    await fetch(`${t.url}/api/meetings/${meeting.id}/export?format=md&token=${organizer}`)
    await fetch(`${t.url}/api/meetings/${meeting.id}/finalize?token=${meeting.tokens.viewer}`, {
      method: 'POST',
    })
    await fetch(`${t.url}/m/${meeting.id}?token=${meeting.tokens.secretary}`)
    const client = connectClient(t.url, meeting.id, organizer)
    await synced(client)
    const item = client.doc.getXmlFragment(DocLayout.body).get(0) as Y.XmlElement
    ;(item.get(1) as Y.XmlElement).insert(0, [new Y.XmlText('Tekst.')])
    const forged = rawSocket(t.url, `/collab/${meeting.id}?token=${organizer.slice(0, -3)}abc`)
    await forged.closed
    client.destroy()
    await t.server.close()

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(entries.length).toBeGreaterThan(5)
    for (const entry of entries) {
      expect(typeof entry.time).toBe('string')
      expect(typeof entry.level).toBe('string')
      expect(typeof entry.msg).toBe('string')
    }
    expect(entries).toContainEqual(
      expect.objectContaining({ msg: 'meeting created', meetingId: meeting.id }),
    )
    expect(entries).toContainEqual(
      expect.objectContaining({
        msg: 'connection joined',
        meetingId: meeting.id,
        connectionId: expect.any(Number),
      }),
    )
    expect(entries).toContainEqual(
      expect.objectContaining({ msg: 'request', path: '/api/meetings', status: 200 }),
    )
    expect(entries).toContainEqual(
      expect.objectContaining({ msg: 'closing connection', code: 4401 }),
    )
    const text = lines.join('')
    const [payload, signature] = organizer.split('.') as [string, string]
    for (const secret of [organizer, payload, signature, ...Object.values(meeting.tokens)]) {
      expect(text).not.toContain(secret)
    }
  })

  it('report connections, meetings, updates, storage latency and rejections in Prometheus format', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { agenda: ['Budsjett'] })
    const client = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await synced(client)
    const item = client.doc.getXmlFragment(DocLayout.body).get(0) as Y.XmlElement
    ;(item.get(1) as Y.XmlElement).insert(0, [new Y.XmlText('Tekst.')])
    const forged = rawSocket(t.url, `/collab/${meeting.id}?token=nope`)
    await forged.closed
    const metric = async (name: string) => {
      const response = await fetch(`${t.url}/metrics`)
      expect(response.headers.get('content-type')).toMatch(/^text\/plain/)
      const line = (await response.text()).split('\n').find((l) => l.startsWith(name))
      return line === undefined ? undefined : Number(line.split(' ').at(-1))
    }
    await vi.waitFor(async () =>
      expect(await metric('referat_updates_stored_total')).toBeGreaterThan(0),
    )
    expect(await metric('referat_connections')).toBe(1)
    expect(await metric('referat_meetings_loaded')).toBe(1)
    expect(await metric('referat_updates_received_total')).toBeGreaterThan(0)
    expect(await metric('referat_update_bytes_stored_total')).toBeGreaterThan(0)
    expect(await metric('referat_storage_write_seconds_count')).toBeGreaterThan(0)
    expect(await metric('referat_rejected_total{reason="unauthorized"}')).toBe(1)
    expect(await metric('referat_process_resident_memory_bytes')).toBeGreaterThan(0)
  })

  it('answers /healthz while alive and /readyz only while storage answers', async () => {
    let storage: SqliteStorage | undefined
    const t = await startServer(
      {},
      { storage: (dataDir) => (storage = new SqliteStorage(dataDir)) },
    )
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200)
    const ready = await fetch(`${t.url}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready' })
    await storage?.close()
    const unready = await fetch(`${t.url}/readyz`)
    expect(unready.status).toBe(503)
    expect(await unready.json()).toEqual({ status: 'storage unavailable' })
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200)
  })
})
