import Database from 'better-sqlite3'
import { join } from 'node:path'
import {
  CloseCodes,
  DocLayout,
  MessageType,
  type CreateMeetingResponse,
  type MeetingWithRole,
  type PersonalLinkResponse,
} from '@referat/shared'
import { describe, expect, it, vi } from 'vitest'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as Y from 'yjs'
import { connectClient, synced } from './support/connectClient'
import { createMeeting, type TestMeeting } from './support/createMeeting'
import { rawSocket } from './support/rawSocket'
import { startServer, type TestServer } from './support/startServer'

const tokenOf = (link: string) => new URL(link).searchParams.get('token') as string

async function renew(t: TestServer, meeting: TestMeeting, token: string): Promise<Response> {
  return fetch(`${t.url}/api/meetings/${meeting.id}/links`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
  })
}

const get = (t: TestServer, meeting: TestMeeting, token: string) =>
  fetch(`${t.url}/api/meetings/${meeting.id}`, { headers: { authorization: `Bearer ${token}` } })

describe('new links for a meeting', () => {
  it('revokes the old links at once: live connections get 4401, REST 401, new links work', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { agenda: ['Budsjett'] })
    const other = await createMeeting(t, { agenda: ['Annet møte'] })
    const oldSecretary = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    const oldViewer = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    const organizer = connectClient(t.url, meeting.id, t.organizerToken)
    const otherMeeting = connectClient(t.url, other.id, other.tokens.secretary)
    await Promise.all([oldSecretary, oldViewer, organizer, otherMeeting].map(synced))

    const response = await renew(t, meeting, t.organizerToken)
    expect(response.status).toBe(200)
    const renewed = (await response.json()) as CreateMeetingResponse
    expect(renewed.id).toBe(meeting.id)
    for (const role of ['moderator', 'secretary', 'viewer'] as const) {
      expect(renewed.links[role]).not.toBe(meeting.links[role])
    }

    // Everyone connected with an old link is closed with 4401 and does not come back.
    await vi.waitFor(() => {
      expect(oldSecretary.closeCodes).toContain(CloseCodes.Unauthorized.code)
      expect(oldViewer.closeCodes).toContain(CloseCodes.Unauthorized.code)
    })
    oldSecretary.provider.disconnect()
    // The organizer's connection and other meetings are untouched.
    expect(organizer.closeCodes).toEqual([])
    expect(otherMeeting.closeCodes).toEqual([])
    expect(organizer.provider.wsconnected).toBe(true)

    // An old link cannot connect again, nor read over REST.
    const again = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    await vi.waitFor(() => expect(again.closeCodes[0]).toBe(CloseCodes.Unauthorized.code))
    expect(again.provider.synced).toBe(false)
    again.provider.disconnect()
    for (const role of ['moderator', 'secretary', 'viewer'] as const) {
      const old = await get(t, meeting, meeting.tokens[role])
      expect(old.status).toBe(401)
      expect(((await old.json()) as { error: { message: string } }).error.message).toMatch(
        /replaced by new links/,
      )
      expect((await get(t, meeting, tokenOf(renewed.links[role]))).status).toBe(200)
    }
    const oldExport = await fetch(
      `${t.url}/api/meetings/${meeting.id}/export?format=md&token=${meeting.tokens.viewer}`,
    )
    expect(oldExport.status).toBe(401)
    const oldRegister = await fetch(`${t.url}/api/decisions?token=${meeting.tokens.viewer}`)
    expect(oldRegister.status).toBe(401)

    // The new secretary link edits, and the organizer sees it.
    const secretary = connectClient(t.url, meeting.id, tokenOf(renewed.links.secretary))
    await synced(secretary)
    const item = secretary.doc.getXmlFragment(DocLayout.body).get(0) as Y.XmlElement
    ;(item.get(1) as Y.XmlElement).insert(0, [new Y.XmlText('Etter nye lenker.')])
    await vi.waitFor(() =>
      expect(organizer.doc.getXmlFragment(DocLayout.body).toString()).toContain(
        'Etter nye lenker.',
      ),
    )
    // The organizer's meeting list shows links that work.
    const list = (await (
      await fetch(`${t.url}/api/meetings`, {
        headers: { authorization: `Bearer ${t.organizerToken}` },
      })
    ).json()) as { meetings: { id: string; links: Record<string, string> }[] }
    const listed = list.meetings.find((m) => m.id === meeting.id)?.links ?? {}
    for (const role of ['moderator', 'secretary', 'viewer'] as const) {
      // Links are signed anew for each answer (their time differs), but they are of the new kind.
      expect((await get(t, meeting, tokenOf(listed[role] as string))).status).toBe(200)
    }
  })

  it('survives a restart: old links stay revoked', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    const renewed = (await (
      await renew(t, meeting, meeting.tokens.moderator)
    ).json()) as CreateMeetingResponse
    const restarted = await t.restart()
    expect((await get(restarted, meeting, meeting.tokens.secretary)).status).toBe(401)
    expect((await get(restarted, meeting, tokenOf(renewed.links.secretary))).status).toBe(200)
    const old = connectClient(restarted.url, meeting.id, meeting.tokens.viewer)
    await vi.waitFor(() => expect(old.closeCodes[0]).toBe(CloseCodes.Unauthorized.code))
    old.provider.disconnect()
  })

  it('may be asked by the organizer or the moderator only', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    expect((await renew(t, meeting, meeting.tokens.secretary)).status).toBe(403)
    expect((await renew(t, meeting, meeting.tokens.viewer)).status).toBe(403)
    expect((await renew(t, meeting, 'forged.token')).status).toBe(401)
    const other = await createMeeting(t)
    expect((await renew(t, meeting, other.tokens.moderator)).status).toBe(403)
    // The secretary's link still works: nothing was renewed.
    expect((await get(t, meeting, meeting.tokens.secretary)).status).toBe(200)
    const unknown = await fetch(`${t.url}/api/meetings/AAAAAAAAAAAAAAAAAAAAAA/links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.organizerToken}` },
    })
    expect(unknown.status).toBe(404)
    // The moderator renews; its own old link is then replaced too.
    expect((await renew(t, meeting, meeting.tokens.moderator)).status).toBe(200)
    expect((await renew(t, meeting, meeting.tokens.moderator)).status).toBe(401)
  })
})

async function personalLink(
  t: TestServer,
  meeting: TestMeeting,
  token: string,
  body: unknown,
): Promise<Response> {
  return fetch(`${t.url}/api/meetings/${meeting.id}/personal-links`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

describe('personal links', () => {
  it('show their holder under the name and role of the token, whatever the client claims', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { agenda: ['Budsjett'] })
    const response = await personalLink(t, meeting, meeting.tokens.moderator, {
      role: 'secretary',
      name: 'Kari Nordmann',
    })
    expect(response.status).toBe(201)
    const { link } = (await response.json()) as PersonalLinkResponse
    const token = tokenOf(link)
    const info = (await (await get(t, meeting, token)).json()) as MeetingWithRole
    expect(info).toMatchObject({ role: 'secretary', name: 'Kari Nordmann' })

    const kari = connectClient(t.url, meeting.id, token)
    const observer = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    await Promise.all([kari, observer].map(synced))
    // The holder claims to be someone else, and the moderator.
    kari.provider.awareness.setLocalStateField('user', { name: 'Eli Bryhni', role: 'moderator' })
    await vi.waitFor(() => {
      const seen = observer.provider.awareness.getStates().get(kari.doc.clientID) as
        { user: { name: string; role: string } } | undefined
      expect(seen?.user).toEqual({ name: 'Kari Nordmann', role: 'secretary' })
    })
    // Updates are recorded under the token's name too.
    const item = kari.doc.getXmlFragment(DocLayout.body).get(0) as Y.XmlElement
    ;(item.get(1) as Y.XmlElement).insert(0, [new Y.XmlText('Vedtatt.')])
    await vi.waitFor(() =>
      expect(observer.doc.getXmlFragment(DocLayout.body).toString()).toContain('Vedtatt.'),
    )
    await t.server.registry.writer.drain()
    const db = new Database(join(t.dataDir, 'referat.db'), { readonly: true })
    const names = db
      .prepare('SELECT DISTINCT author_name AS name FROM updates WHERE author_role = ?')
      .all('secretary')
    db.close()
    expect(names).toEqual([{ name: 'Kari Nordmann' }])

    // New links replace personal links as well.
    await renew(t, meeting, t.organizerToken)
    await vi.waitFor(() => expect(kari.closeCodes).toContain(CloseCodes.Unauthorized.code))
    kari.provider.disconnect()
    expect((await get(t, meeting, token)).status).toBe(401)
  })

  it("let nobody change or remove someone else's presence", async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { agenda: ['Budsjett'] })
    const { link } = (await (
      await personalLink(t, meeting, t.organizerToken, { role: 'secretary', name: 'Kari Nordmann' })
    ).json()) as PersonalLinkResponse
    const kari = connectClient(t.url, meeting.id, tokenOf(link))
    const observer = connectClient(t.url, meeting.id, meeting.tokens.viewer)
    await Promise.all([kari, observer].map(synced))
    kari.provider.awareness.setLocalStateField('user', { name: 'Kari Nordmann' })
    const kariSeen = () =>
      observer.provider.awareness.getStates().get(kari.doc.clientID) as
        { user?: { name: string; role: string } } | undefined
    await vi.waitFor(() => expect(kariSeen()?.user?.name).toBe('Kari Nordmann'))
    // Every state of Kari the observer ever sees (Kari's own client would repair a forged one).
    const seenForKari: unknown[] = []
    observer.provider.awareness.on('change', () => seenForKari.push(kariSeen() ?? null))

    // A second connection sends presence updates for Kari's client id: a new name, then removal.
    const forger = rawSocket(t.url, `/collab/${meeting.id}?token=${meeting.tokens.secretary}`)
    await forger.opened
    const fake = new Y.Doc()
    fake.clientID = kari.doc.clientID
    const awareness = new awarenessProtocol.Awareness(fake)
    for (let i = 0; i < 50; i++) awareness.setLocalState({ user: { name: `Falsk ${i}` } })
    const send = (update: Uint8Array) => {
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, MessageType.Awareness)
      encoding.writeVarUint8Array(encoder, update)
      forger.ws.send(encoding.toUint8Array(encoder))
    }
    send(awarenessProtocol.encodeAwarenessUpdate(awareness, [fake.clientID]))
    awareness.setLocalState(null)
    send(awarenessProtocol.encodeAwarenessUpdate(awareness, [fake.clientID]))
    // A presence of its own still works on that connection.
    const ownDoc = new Y.Doc()
    const own = new awarenessProtocol.Awareness(ownDoc)
    own.setLocalState({ user: { name: 'Ola Hansen' } })
    send(awarenessProtocol.encodeAwarenessUpdate(own, [ownDoc.clientID]))
    await vi.waitFor(() =>
      expect(
        (observer.provider.awareness.getStates().get(ownDoc.clientID) as { user: object })?.user,
      ).toEqual({ name: 'Ola Hansen', role: 'secretary' }),
    )
    expect(kariSeen()?.user).toEqual({ name: 'Kari Nordmann', role: 'secretary' })
    for (const state of seenForKari) {
      expect(state).toEqual({ user: { name: 'Kari Nordmann', role: 'secretary' } })
    }
    awareness.destroy()
    own.destroy()
  })

  it('are made by the organizer or moderator only, from a valid body', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    const ok = { role: 'viewer', name: 'Ola' }
    expect((await personalLink(t, meeting, meeting.tokens.secretary, ok)).status).toBe(403)
    expect((await personalLink(t, meeting, meeting.tokens.viewer, ok)).status).toBe(403)
    for (const bad of [
      {},
      { role: 'organizer', name: 'Ola' },
      { role: 'viewer', name: '   ' },
      { role: 'viewer', name: 'x'.repeat(101) },
      { role: 'viewer', name: 'Ola', extra: 1 },
    ]) {
      const answer = await personalLink(t, meeting, t.organizerToken, bad)
      expect(answer.status).toBe(400)
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('bad_request')
    }
    expect((await personalLink(t, meeting, t.organizerToken, ok)).status).toBe(201)
  })
})
