import { CloseCodes, DocLayout, type ItemEdit } from '@referat/shared'
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createMeeting } from './support/createMeeting'
import { connectClient, synced } from './support/connectClient'
import { joinAs } from './support/joinAs'
import { startServer, type TestServer } from './support/startServer'

function post(t: TestServer, path: string, token: string, body?: unknown) {
  return fetch(`${t.url}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
}

function notes(doc: Y.Doc): Y.Text {
  return doc.getText('notes')
}

describe('finalizing a meeting', () => {
  it('snapshots version 1, refuses every update, also after a restart; reopen and version 2', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    const secretary = await joinAs(t, meeting, 'secretary')
    notes(secretary.doc).insert(0, 'Endelig tekst.')
    await vi.waitFor(async () => {
      const late = await joinAs(t, meeting, 'viewer')
      expect(notes(late.doc).toString()).toBe('Endelig tekst.')
      late.destroy()
    })

    expect(
      (await post(t, `/api/meetings/${meeting.id}/finalize`, meeting.tokens.secretary)).status,
    ).toBe(403)
    const first = await post(t, `/api/meetings/${meeting.id}/finalize`, meeting.tokens.moderator)
    expect(await first.json()).toEqual({ version: 1 })
    expect(
      (await post(t, `/api/meetings/${meeting.id}/finalize`, meeting.tokens.moderator)).status,
    ).toBe(409)
    await vi.waitFor(() => expect(secretary.doc.getMap(DocLayout.meta).get('status')).toBe('final'))

    // Nobody can change a final meeting, not even the moderator.
    notes(secretary.doc).insert(0, 'Etterpå: ')
    await vi.waitFor(() => expect(secretary.closeCodes[0]).toBe(CloseCodes.Rejected.code))
    secretary.destroy()

    const t2 = await t.restart()
    const moderator = await joinAs(t2, meeting, 'moderator')
    expect(moderator.doc.getMap(DocLayout.meta).get('version')).toBe(1)
    // Opening a final meeting is fine (the empty sync answer changes nothing) …
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(moderator.closeCodes).toEqual([])
    notes(moderator.doc).insert(0, 'Etter omstart: ')
    await vi.waitFor(() => expect(moderator.closeCodes[0]).toBe(CloseCodes.Rejected.code))
    moderator.destroy()

    expect(
      (await post(t2, `/api/meetings/${meeting.id}/reopen`, meeting.tokens.moderator)).status,
    ).toBe(200)
    const editor = await joinAs(t2, meeting, 'secretary')
    expect(editor.doc.getMap(DocLayout.meta).get('status')).toBe('draft')
    notes(editor.doc).insert(notes(editor.doc).length, ' Rettet.')
    await new Promise((resolve) => setTimeout(resolve, 100))
    const second = await post(t2, `/api/meetings/${meeting.id}/finalize`, t2.organizerToken)
    expect(await second.json()).toEqual({ version: 2 })

    const versions = await fetch(
      `${t2.url}/api/meetings/${meeting.id}/versions?token=${meeting.tokens.viewer}`,
    )
    const listed = (await versions.json()) as { versions: { version: number }[] }
    expect(listed.versions.map((v) => v.version)).toEqual([1, 2])
    for (const [version, text] of [
      [1, 'Endelig tekst.'],
      [2, 'Endelig tekst. Rettet.'],
    ] as const) {
      const response = await fetch(
        `${t2.url}/api/meetings/${meeting.id}/versions/${version}?token=${meeting.tokens.viewer}`,
      )
      const doc = new Y.Doc()
      Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()))
      expect(notes(doc).toString()).toBe(text)
      expect(doc.getMap(DocLayout.meta).get('version')).toBe(version)
    }
    const missing = await fetch(
      `${t2.url}/api/meetings/${meeting.id}/versions/9?token=${meeting.tokens.viewer}`,
    )
    expect(missing.status).toBe(404)
  })
})

describe('who wrote what', () => {
  it('binds the presence role to the token and records the author of updates and items', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { agenda: ['Budsjett'] })
    const secretary = await joinAs(t, meeting, 'secretary')
    const observer = await joinAs(t, meeting, 'viewer')
    // The secretary claims to be the moderator.
    secretary.provider.awareness.setLocalStateField('user', {
      name: 'Kari Nordmann',
      role: 'moderator',
    })
    await vi.waitFor(() => {
      const seen = observer.provider.awareness.getStates().get(secretary.doc.clientID) as
        { user: { name: string; role: string } } | undefined
      expect(seen?.user).toEqual({ name: 'Kari Nordmann', role: 'secretary' })
    })

    const item = secretary.doc.getXmlFragment(DocLayout.body).get(0) as Y.XmlElement
    const paragraph = item.get(1) as Y.XmlElement
    paragraph.insert(0, [new Y.XmlText('Budsjettet ble vedtatt.')])
    const itemId = item.getAttribute('id') as string
    await vi.waitFor(() => {
      const edit = observer.doc.getMap<ItemEdit>(DocLayout.lastEdited).get(itemId)
      expect(edit).toMatchObject({ name: 'Kari Nordmann', role: 'secretary' })
      expect(Date.parse(edit?.at ?? '')).toBeGreaterThan(Date.now() - 60_000)
    })

    const db = new Database(join(t.dataDir, 'referat.db'), { readonly: true })
    const authors = db
      .prepare('SELECT author_role AS role, author_name AS name FROM updates WHERE meeting_id = ?')
      .all(meeting.id)
    db.close()
    expect(authors).toContainEqual({ role: 'secretary', name: 'Kari Nordmann' })
    expect(authors).toContainEqual({ role: null, name: null }) // the server's lastEdited write
  })
})

describe('meeting series', () => {
  it('starts the next meeting from this one: approvals, open action items, the skeleton, case numbers', async () => {
    const t = await startServer()
    const first = await createMeeting(t, {
      group: 'Faggruppe næring',
      date: '2025-03-16',
      numbering: 'yearly',
      numberStart: 38,
      agenda: ['Godkjenning av innkalling', 'Posisjonsnotat', 'Eventuelt'],
    })
    const moderator = await joinAs(t, first, 'moderator')
    const body = moderator.doc.getXmlFragment(DocLayout.body)
    const item = body.get(1) as Y.XmlElement
    for (const [text, done] of [
      ['Sende notatet på høring', false],
      ['Booke lokale', true],
    ] as const) {
      const action = new Y.XmlElement('actionItem')
      action.setAttribute('id', `a-${done}`)
      action.setAttribute('assignee', 'Sekretariatet')
      action.setAttribute('due', 'uke 12')
      action.setAttribute('done', done as unknown as string)
      action.insert(0, [new Y.XmlText(text)])
      item.insert(item.length, [action])
    }
    await new Promise((resolve) => setTimeout(resolve, 100))

    const response = await post(t, `/api/meetings/${first.id}/next`, first.tokens.moderator, {
      date: '2025-05-20',
    })
    expect(response.status).toBe(201)
    const next = (await response.json()) as { id: string; links: { viewer: string } }
    const viewerToken = new URL(next.links.viewer).searchParams.get('token') as string
    const client = connectClient(t.url, next.id, viewerToken)
    await synced(client)
    const meta = client.doc.getMap(DocLayout.meta)
    expect(meta.get('group')).toBe('Faggruppe næring')
    expect(meta.get('date')).toBe('2025-05-20')
    expect(meta.get('numberStart')).toBe(41)
    const items = client.doc.getXmlFragment(DocLayout.body).toArray() as Y.XmlElement[]
    const titles = items.map((el) => (el.get(0) as Y.XmlElement).toArray().join(''))
    expect(titles).toEqual([
      'Godkjenning av innkalling',
      'Godkjenning av referat fra møtet 16.03.2025',
      'Oppfølging fra forrige møte',
      'Posisjonsnotat',
      'Eventuelt',
    ])
    expect(items[1]?.toString()).toContain(`/m/${first.id}?token=`)
    const followUp = items[2]?.toString() ?? ''
    expect(followUp).toContain('Sende notatet på høring')
    expect(followUp).not.toContain('Booke lokale')

    // A new meeting of the group continues the case numbers too.
    const third = await post(t, '/api/meetings', t.organizerToken, {
      title: 'Junimøtet',
      group: 'Faggruppe næring',
      date: '2025-06-10',
      numbering: 'yearly',
    })
    const thirdMeeting = (await third.json()) as { id: string }
    const organizerClient = connectClient(t.url, thirdMeeting.id, t.organizerToken)
    await synced(organizerClient)
    expect(organizerClient.doc.getMap(DocLayout.meta).get('numberStart')).toBe(46)
  })

  it('refuses a next meeting to a secretary and an invalid date', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    expect(
      (
        await post(t, `/api/meetings/${meeting.id}/next`, meeting.tokens.secretary, {
          date: '2026-04-01',
        })
      ).status,
    ).toBe(403)
    const bad = await post(t, `/api/meetings/${meeting.id}/next`, meeting.tokens.moderator, {
      date: 'snart',
    })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/^date: /)
  })
})

describe('export', () => {
  it('serves the referat as Markdown, HTML and text to any role of the meeting, with numbered items', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, {
      title: 'Faggruppemøte',
      agenda: ['Godkjenning av innkalling', 'Eventuelt'],
    })
    const secretary = await joinAs(t, meeting, 'secretary')
    const item = secretary.doc.getXmlFragment(DocLayout.body).get(0) as Y.XmlElement
    ;(item.get(1) as Y.XmlElement).insert(0, [new Y.XmlText('Innkallingen ble godkjent.')])
    await new Promise((resolve) => setTimeout(resolve, 100))

    const response = await fetch(
      `${t.url}/api/meetings/${meeting.id}/export?format=md&token=${meeting.tokens.viewer}`,
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^text\/markdown/)
    expect(response.headers.get('content-disposition')).toContain(
      'referat-2026-03-16-Faggruppemote.md',
    )
    const markdown = await response.text()
    expect(markdown).toContain('# Referat: Faggruppemøte')
    expect(markdown).toContain('### 1. Godkjenning av innkalling\n\nInnkallingen ble godkjent.')
    expect(markdown).toContain('### 2. Eventuelt')

    const html = await fetch(
      `${t.url}/api/meetings/${meeting.id}/export?format=html&token=${meeting.tokens.secretary}`,
    )
    expect(html.headers.get('content-type')).toMatch(/^text\/html/)
    expect(await html.text()).toContain('<h3>1. Godkjenning av innkalling</h3>')

    const text = await fetch(
      `${t.url}/api/meetings/${meeting.id}/export?format=txt&token=${meeting.tokens.viewer}`,
    )
    expect(text.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(await text.text()).toContain(
      '1. Godkjenning av innkalling\n\nInnkallingen ble godkjent.',
    )

    const unknown = await fetch(
      `${t.url}/api/meetings/${meeting.id}/export?format=doc&token=${meeting.tokens.viewer}`,
    )
    expect(unknown.status).toBe(400)
    const other = await createMeeting(t)
    const forbidden = await fetch(
      `${t.url}/api/meetings/${other.id}/export?format=md&token=${meeting.tokens.viewer}`,
    )
    expect(forbidden.status).toBe(403)
  })
})
