import { DocLayout } from '@referat/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createMeeting } from './support/createMeeting'
import { joinAs } from './support/joinAs'
import { startServer, type TestServer } from './support/startServer'

function api(t: TestServer, path: string, init: RequestInit & { token?: string } = {}) {
  const headers = new Headers(init.headers)
  if (init.token) headers.set('authorization', `Bearer ${init.token}`)
  if (typeof init.body === 'string' && !headers.has('content-type')) {
    headers.set('content-type', 'application/json')
  }
  return fetch(`${t.url}${path}`, { ...init, headers })
}

/** Imports `markdown` as a new meeting through the API and returns its id. */
async function importMeeting(t: TestServer, markdown: string): Promise<string> {
  const response = await api(t, '/api/meetings/import', {
    method: 'POST',
    token: t.organizerToken,
    headers: { 'content-type': 'text/markdown' },
    body: markdown,
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { id: string }).id
}

describe('REST API', () => {
  it('creates, lists and reads meetings', async () => {
    const t = await startServer()
    const empty = await api(t, '/api/meetings', { token: t.organizerToken })
    expect(await empty.json()).toEqual({ meetings: [] })

    const created = await api(t, '/api/meetings', {
      method: 'POST',
      token: t.organizerToken,
      body: JSON.stringify({
        title: 'Faggruppe for næringssamarbeid',
        group: 'Osloregionen',
        date: '2026-03-16',
        start: '09:00',
        end: '11:00',
        location: 'Oslo rådhus',
        language: 'nb',
        agenda: ['Godkjenning av innkalling'],
      }),
    })
    expect(created.status).toBe(201)
    const { id, links } = (await created.json()) as { id: string; links: Record<string, string> }
    for (const role of ['moderator', 'secretary', 'viewer']) {
      expect(links[role]).toMatch(new RegExp(`^${t.url}/m/${id}\\?token=[\\w-]+\\.[\\w-]+$`))
    }

    const list = (await (await api(t, '/api/meetings', { token: t.organizerToken })).json()) as {
      meetings: { id: string; title: string; links: unknown }[]
    }
    expect(list.meetings).toHaveLength(1)
    expect(list.meetings[0]).toMatchObject({ id, title: 'Faggruppe for næringssamarbeid' })
    expect(list.meetings[0]?.links).toBeDefined()

    const viewerToken = new URL(links.viewer as string).searchParams.get('token') as string
    const one = await api(t, `/api/meetings/${id}`, { token: viewerToken })
    expect(await one.json()).toMatchObject({
      id,
      group: 'Osloregionen',
      start: '09:00',
      location: 'Oslo rådhus',
      status: 'planned',
      role: 'viewer',
    })
  })

  it("searches the meeting list in every meeting's text, open or stored", async () => {
    const t = await startServer()
    const importMarkdown = (markdown: string) => importMeeting(t, markdown)
    const budget = await importMarkdown(
      '# Styremøte i kulturnettverket\n\nDato: 16.03.2026\n\n## 1. Budsjett\n\nRammen for KULTURHUSET ble drøftet.\n',
    )
    const roads = await importMarkdown(
      '# Samferdselsforum\n\nDato: 17.03.2026\n\n## 1. Veier\n\nFylkesveien ble drøftet.\n',
    )
    const search = async (q: string) => {
      const response = await api(t, `/api/meetings?q=${encodeURIComponent(q)}`, {
        token: t.organizerToken,
      })
      expect(response.status).toBe(200)
      const { meetings } = (await response.json()) as { meetings: { id: string }[] }
      return meetings.map((meeting) => meeting.id)
    }
    // Words of the body, any case, every word must be there; title words too.
    expect(await search('kulturhuset rammen')).toEqual([budget])
    expect(await search('Drøftet')).toEqual([roads, budget])
    expect(await search('kulturhuset fylkesveien')).toEqual([])
    expect(await search('samferdselsforum')).toEqual([roads])
    expect(await search('')).toEqual([roads, budget])

    // A meeting open in the server is searched as it is now, not as stored before.
    const meeting = await createMeeting(t, { title: 'Nytt møte', agenda: ['Eventuelt'] })
    const secretary = await joinAs(t, meeting, 'secretary')
    const item = secretary.doc.getXmlFragment(DocLayout.body).get(0) as Y.XmlElement
    ;(item.get(1) as Y.XmlElement).insert(0, [new Y.XmlText('Sykkelveien ble vedtatt.')])
    await expect.poll(() => search('sykkelveien')).toEqual([meeting.id])

    const tooLong = await api(t, `/api/meetings?q=${'x'.repeat(201)}`, { token: t.organizerToken })
    expect(tooLong.status).toBe(400)
    expect(((await tooLong.json()) as { error: { message: string } }).error.message).toMatch(/^q:/)
  })

  it("lists a group's open action items, each once, as the latest meeting has it", async () => {
    const t = await startServer()
    const importMarkdown = (markdown: string) => importMeeting(t, markdown)
    const minutes = (title: string, group: string, date: string, ...lines: string[]) =>
      [
        `# ${title}`,
        '',
        `Gruppe: ${group}`,
        `Dato: ${date}`,
        '',
        '## 1. Oppfølging',
        '',
        ...lines,
        '',
      ].join('\n')
    await importMarkdown(
      minutes(
        'Styremøte januar',
        'Kulturnettverket',
        '10.01.2026',
        '- [ ] **Oppfølging:** Sende budsjettet (Ansvarlig: Kari, Frist: 1. februar)',
        '- [ ] **Oppfølging:** Bestille lokale (Ansvarlig: Ola, Frist: mars)',
      ),
    )
    const february = await importMarkdown(
      minutes(
        'Styremøte februar',
        'Kulturnettverket',
        '14.02.2026',
        // Carried on from January: one done since, one still open.
        '- [x] **Oppfølging:** Sende budsjettet (Ansvarlig: Kari, Frist: 1. februar)',
        '- [ ] **Oppfølging:** Bestille lokale (Ansvarlig: Ola, Frist: mars)',
      ),
    )
    const roads = await importMarkdown(
      minutes(
        'Samferdselsforum',
        'Østlandsnettet',
        '01.03.2026',
        '- [ ] **Oppfølging:** Svare fylket (Ansvarlig: Per, Frist: uke 12)',
      ),
    )
    const list = async (query = '') => {
      const response = await api(t, `/api/action-items${query}`, { token: t.organizerToken })
      expect(response.status).toBe(200)
      const { actionItems } = (await response.json()) as {
        actionItems: { meetingId: string; text: string; assignee: string; group: string }[]
      }
      return actionItems.map((item) => [item.meetingId, item.text, item.assignee, item.group])
    }
    expect(await list()).toEqual([
      [roads, 'Svare fylket', 'Per', 'Østlandsnettet'],
      [february, 'Bestille lokale', 'Ola', 'Kulturnettverket'],
    ])
    expect(await list(`?group=${encodeURIComponent('Kulturnettverket')}`)).toEqual([
      [february, 'Bestille lokale', 'Ola', 'Kulturnettverket'],
    ])
    const meeting = await createMeeting(t)
    const forbidden = await api(t, '/api/action-items', { token: meeting.tokens.moderator })
    expect(forbidden.status).toBe(403)
  })

  it("saves a meeting's agenda as a template, lists it after a restart and deletes it", async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, {
      group: 'Kulturnettverket',
      agenda: ['Godkjenning av innkalling', 'Budsjett', 'Eventuelt'],
    })
    const post = (body: unknown, token = t.organizerToken) =>
      api(t, '/api/templates', { method: 'POST', token, body: JSON.stringify(body) })

    const saved = await post({ meetingId: meeting.id, name: '  Styremøte  ' })
    expect(saved.status).toBe(201)
    const template = (await saved.json()) as { id: string }
    expect(template).toMatchObject({
      name: 'Styremøte',
      group: 'Kulturnettverket',
      agenda: ['Godkjenning av innkalling', 'Budsjett', 'Eventuelt'],
    })

    expect((await post({ meetingId: meeting.id, name: '' })).status).toBe(400)
    expect((await post({ meetingId: 'no-such-meeting', name: 'X' })).status).toBe(404)
    expect(
      (await post({ meetingId: meeting.id, name: 'X' }, meeting.tokens.moderator)).status,
    ).toBe(403)

    const t2 = await t.restart()
    const listed = await api(t2, '/api/templates', { token: t2.organizerToken })
    expect(((await listed.json()) as { templates: unknown[] }).templates).toEqual([
      expect.objectContaining({ id: template.id, name: 'Styremøte' }),
    ])
    const remove = () =>
      api(t2, `/api/templates/${template.id}`, { method: 'DELETE', token: t2.organizerToken })
    expect((await remove()).status).toBe(204)
    expect((await remove()).status).toBe(404)
  })

  it('answers invalid bodies with 400 naming the field', async () => {
    const t = await startServer()
    const cases: [unknown, RegExp][] = [
      [{ date: '2026-03-16' }, /^title: /],
      [{ title: '   ', date: '2026-03-16' }, /^title: must not be empty/],
      [{ title: 'Møte', date: '16.03.2026' }, /^date: must be a date as YYYY-MM-DD/],
      [{ title: 'Møte', date: '2026-03-16', start: '25:00' }, /^start: /],
      [{ title: 'Møte', date: '2026-03-16', language: 'de' }, /^language: /],
      [{ title: 'Møte', date: '2026-03-16', agenda: 'not a list' }, /^agenda: /],
      [{ title: 'Møte', date: '2026-03-16', surprise: true }, /surprise/],
      [[1, 2, 3], /body/],
    ]
    for (const [body, message] of cases) {
      const response = await api(t, '/api/meetings', {
        method: 'POST',
        token: t.organizerToken,
        body: JSON.stringify(body),
      })
      expect(response.status).toBe(400)
      const json = (await response.json()) as { error: { code: string; message: string } }
      expect(json.error.code).toBe('bad_request')
      expect(json.error.message).toMatch(message)
    }
    const broken = await api(t, '/api/meetings', {
      method: 'POST',
      token: t.organizerToken,
      body: '{"title": ',
    })
    expect(broken.status).toBe(400)
    expect(await broken.json()).toEqual({
      error: { code: 'bad_request', message: 'the request body is not valid JSON' },
    })
    const list = await api(t, '/api/meetings', { token: t.organizerToken })
    expect(await list.json()).toEqual({ meetings: [] })
  })

  it('answers an oversized body with 413', async () => {
    const t = await startServer({ maxBodyBytes: 2048 })
    const response = await api(t, '/api/meetings', {
      method: 'POST',
      token: t.organizerToken,
      body: JSON.stringify({ title: 'x'.repeat(5000), date: '2026-03-16' }),
    })
    expect(response.status).toBe(413)
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
      'payload_too_large',
    )
  })

  it('enforces tokens: 401 without, 403 for the wrong role or meeting, 404 for unknown ids', async () => {
    const t = await startServer()
    const a = await createMeeting(t)
    const b = await createMeeting(t)
    expect((await api(t, '/api/meetings')).status).toBe(401)
    expect((await api(t, '/api/meetings', { token: 'forged.token' })).status).toBe(401)
    expect((await api(t, '/api/meetings', { token: a.tokens.moderator })).status).toBe(403)
    const create = await api(t, '/api/meetings', {
      method: 'POST',
      token: a.tokens.moderator,
      body: JSON.stringify({ title: 'Møte', date: '2026-03-16' }),
    })
    expect(create.status).toBe(403)
    expect((await api(t, `/api/meetings/${b.id}`, { token: a.tokens.secretary })).status).toBe(403)
    expect((await api(t, `/api/meetings/${a.id}?token=${a.tokens.secretary}`)).status).toBe(200)
    expect((await api(t, '/api/meetings/doesnotexist', { token: t.organizerToken })).status).toBe(
      404,
    )
    expect(
      (await api(t, '/api/meetings/..%2F..%2Fsecret', { token: t.organizerToken })).status,
    ).toBe(404)
    const unknown = await api(t, '/api/nothing-here', { token: t.organizerToken })
    expect(unknown.status).toBe(404)
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('not_found')
  })

  it('answers health and metrics', async () => {
    const t = await startServer()
    expect(await (await api(t, '/healthz')).json()).toEqual({ status: 'ok' })
    expect((await api(t, '/readyz')).status).toBe(200)
    expect(await (await api(t, '/metrics')).text()).toMatch(/^referat_connections 0$/m)
  })
})
