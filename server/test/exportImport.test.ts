import { DocLayout, readAttendees, type MeetingWithRole } from '@referat/shared'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createMeeting, type TestMeeting } from './support/createMeeting'
import { joinAs } from './support/joinAs'
import { startServer, type TestServer } from './support/startServer'

const exampleFile = fileURLToPath(
  new URL('../../shared/test/fixtures/example-referat.md', import.meta.url),
)
const example = readFileSync(exampleFile, 'utf8')
const cliBin = fileURLToPath(new URL('../bin/referat.mjs', import.meta.url))

function exportUrl(t: TestServer, meeting: { id: string }, token: string, query: string) {
  return `${t.url}/api/meetings/${meeting.id}/export?${query}&token=${encodeURIComponent(token)}`
}

const documentXml = (bytes: ArrayBuffer) =>
  strFromU8(unzipSync(new Uint8Array(bytes))['word/document.xml'] as Uint8Array)

/** Types `text` into the first paragraph of agenda item `index` as a secretary. */
async function writeInItem(t: TestServer, meeting: TestMeeting, index: number, text: string) {
  const secretary = await joinAs(t, meeting, 'secretary')
  const item = secretary.doc.getXmlFragment(DocLayout.body).get(index) as Y.XmlElement
  ;(item.get(1) as Y.XmlElement).insert(0, [new Y.XmlText(text)])
  await vi.waitFor(async () => {
    const md = await fetch(exportUrl(t, meeting, meeting.tokens.viewer, 'format=md'))
    expect(await md.text()).toContain(text)
  })
  secretary.destroy()
}

function importFile(
  t: TestServer,
  body: string | Uint8Array,
  type = 'text/markdown',
  token = t.organizerToken,
) {
  return fetch(`${t.url}/api/meetings/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': type },
    body,
  })
}

async function meetingCount(t: TestServer): Promise<number> {
  const response = await fetch(`${t.url}/api/meetings`, {
    headers: { authorization: `Bearer ${t.organizerToken}` },
  })
  return ((await response.json()) as { meetings: unknown[] }).meetings.length
}

describe('export as DOCX and PDF, and of finalized versions', () => {
  it('serves Word and PDF files with the referat in them', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, {
      title: 'Faggruppe for næringssamarbeid',
      agenda: ['Godkjenning av innkalling', 'Høringsnotat om mobilitet'],
    })
    await writeInItem(t, meeting, 1, 'Gruppen sluttet seg til utkastet.')

    const docx = await fetch(exportUrl(t, meeting, meeting.tokens.viewer, 'format=docx'))
    expect(docx.status).toBe(200)
    expect(docx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    )
    expect(docx.headers.get('content-disposition')).toContain(
      'referat-2026-03-16-Faggruppe-for-naeringssamarbeid.docx',
    )
    const xml = documentXml(await docx.arrayBuffer())
    expect(xml).toContain('2. Høringsnotat om mobilitet')
    expect(xml).toContain('Gruppen sluttet seg til utkastet.')

    const pdf = await fetch(exportUrl(t, meeting, meeting.tokens.secretary, 'format=pdf'))
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const bytes = Buffer.from(await pdf.arrayBuffer())
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(bytes.length).toBeGreaterThan(5_000)
  })

  it('exports finalized version N with &version=N, and refuses versions that do not exist', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { agenda: ['Orienteringer'] })
    await writeInItem(t, meeting, 0, 'Første utgave.')
    const finalize = await fetch(`${t.url}/api/meetings/${meeting.id}/finalize`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meeting.tokens.moderator}` },
    })
    expect(finalize.status).toBe(200)
    await fetch(`${t.url}/api/meetings/${meeting.id}/reopen`, {
      method: 'POST',
      headers: { authorization: `Bearer ${meeting.tokens.moderator}` },
    })
    await writeInItem(t, meeting, 0, 'Rettet etter møtet. ')

    const v1 = await fetch(exportUrl(t, meeting, meeting.tokens.viewer, 'format=md&version=1'))
    expect(v1.status).toBe(200)
    expect(v1.headers.get('content-disposition')).toMatch(/-v1\.md"?$/)
    const first = await v1.text()
    expect(first).toContain('Første utgave.')
    expect(first).not.toContain('Rettet etter møtet.')
    expect(first).toMatch(/Versjon 1/)
    const now = await (
      await fetch(exportUrl(t, meeting, meeting.tokens.viewer, 'format=md'))
    ).text()
    expect(now).toContain('Rettet etter møtet. Første utgave.')
    expect(now).toContain('UTKAST')

    const docx = await fetch(exportUrl(t, meeting, meeting.tokens.viewer, 'format=docx&version=1'))
    expect(documentXml(await docx.arrayBuffer())).toContain('Versjon 1')

    const missing = await fetch(exportUrl(t, meeting, meeting.tokens.viewer, 'format=md&version=2'))
    expect(missing.status).toBe(404)
    for (const bad of ['0', 'abc', '1.5', '-1']) {
      const response = await fetch(
        exportUrl(t, meeting, meeting.tokens.viewer, `format=md&version=${bad}`),
      )
      expect(response.status).toBe(400)
      const body = (await response.json()) as { error: { message: string } }
      expect(body.error.message).toMatch(/^version: /)
    }
  })
})

describe('POST /api/meetings/import', () => {
  it('builds a meeting from the example referat: 16 items, attendees, moderator, secretariat', async () => {
    const t = await startServer()
    const response = await importFile(t, example)
    expect(response.status).toBe(201)
    const created = (await response.json()) as { id: string; links: Record<string, string> }
    expect(Object.keys(created.links).sort()).toEqual(['moderator', 'secretary', 'viewer'])
    const meeting: TestMeeting = {
      ...created,
      links: created.links as TestMeeting['links'],
      tokens: {
        moderator: new URL(created.links.moderator as string).searchParams.get('token') as string,
        secretary: new URL(created.links.secretary as string).searchParams.get('token') as string,
        viewer: new URL(created.links.viewer as string).searchParams.get('token') as string,
      },
    }
    const summary = (await (
      await fetch(`${t.url}/api/meetings/${meeting.id}`, {
        headers: { authorization: `Bearer ${meeting.tokens.viewer}` },
      })
    ).json()) as MeetingWithRole
    expect(summary.date).toBe('2023-03-16')
    expect(summary.start).toBe('09:00')
    expect(summary.end).toBe('11:00')

    const client = await joinAs(t, meeting, 'secretary')
    const body = client.doc.getXmlFragment(DocLayout.body)
    const items = body
      .toArray()
      .filter((n) => n instanceof Y.XmlElement && n.nodeName === 'agendaItem')
    expect(items).toHaveLength(16)
    const attendees = readAttendees(client.doc)
    const moderator = attendees.filter((a) => a.role === 'moderator')
    expect(moderator.map((a) => a.name)).toEqual(['Eli Arnkværn Bryhni'])
    expect(attendees.filter((a) => a.role === 'secretariat').map((a) => a.name)).toEqual([
      'Øyvind Såtvedt',
      'Mari Strømsvåg',
      'Thelma Bay Bang',
    ])
    expect(attendees.filter((a) => a.presence === 'present').length).toBeGreaterThanOrEqual(21)
    client.destroy()

    const md = await (await fetch(exportUrl(t, meeting, meeting.tokens.viewer, 'format=md'))).text()
    expect(md).toContain('Regulerbar strøm er viktig - sol og vind er for variabel alene.')
    expect(md).toMatch(/16\. Eventuelt/)
  })

  it('keeps the attendees an imported action item or substitute refers to', async () => {
    const t = await startServer()
    const minutes = [
      '# Referat: Styremøte',
      '',
      '**Tid:** 22.04.2026 kl. 10:00–12:00',
      '',
      '| Navn | Organisasjon |',
      '| --- | --- |',
      '| Kari Nordmann (møteleder) | Lillestrøm kommune |',
      '| Ola Hansen | Drammen kommune |',
      '',
      '## Saker',
      '',
      '### 1. Budsjett',
      '',
      '- [ ] **Oppfølging:** Sende budsjettet (Ansvarlig: Ola Hansen, Frist: uke 18)',
    ].join('\n')
    const response = await importFile(t, minutes)
    expect(response.status).toBe(201)
    const { id, links } = (await response.json()) as { id: string; links: { viewer: string } }
    const viewer = new URL(links.viewer).searchParams.get('token') as string
    const md = await (await fetch(exportUrl(t, { id }, viewer, 'format=md'))).text()
    expect(md).toContain('Sende budsjettet (Ansvarlig: Ola Hansen, Frist: uke 18)')
  })

  it('answers bad files with a clear 400 and makes no meeting', async () => {
    const t = await startServer()
    const before = await meetingCount(t)
    const cases: [string | Uint8Array, string, number][] = [
      ['', 'text/markdown', 400],
      ['   \n\n  \t\n', 'text/plain', 400],
      [
        Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]),
        'text/plain',
        400,
      ],
      [new Uint8Array(3 * 1024 * 1024).fill(0x61), 'text/markdown', 413],
      [JSON.stringify({ title: 'x' }), 'application/json', 415],
      [`# Møte\nTid: 16.03.2023\n\n${'> '.repeat(50_000)}dypt`, 'text/markdown', 400],
    ]
    for (const [body, type, status] of cases) {
      const response = await importFile(t, body, type)
      expect(response.status, `${type} ${status}`).toBe(status)
      const error = (await response.json()) as { error: { code: string; message: string } }
      expect(error.error.message.length).toBeGreaterThan(10)
      expect(error.error.message).not.toMatch(/line \d+: line/i)
    }
    expect(await meetingCount(t)).toBe(before)
  })

  it('is for the organizer only', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t)
    expect((await importFile(t, example, 'text/markdown', 'nonsense')).status).toBe(401)
    expect((await importFile(t, example, 'text/markdown', meeting.tokens.moderator)).status).toBe(
      403,
    )
    expect(await meetingCount(t)).toBe(1)
  })
})

const run = promisify(execFile)

describe('the referat CLI', () => {
  it('imports a file into the data folder and exports it as DOCX, as the server sees it', async () => {
    const t = await startServer()
    const cli = (...args: string[]) =>
      run(process.execPath, [cliBin, ...args, '--data-dir', t.dataDir], { timeout: 60_000 })

    const imported = await cli('import', exampleFile)
    const id = /Meeting id: (\S+)/.exec(imported.stdout)?.[1]
    expect(id, imported.stdout).toBeTruthy()
    expect(imported.stdout).toMatch(/16 items/)
    // The running server on the same folder lists it.
    const list = await fetch(`${t.url}/api/meetings`, {
      headers: { authorization: `Bearer ${t.organizerToken}` },
    })
    expect(JSON.stringify(await list.json())).toContain(id as string)

    const out = join(t.dataDir, 'out.docx')
    const exported = await cli('export', id as string, '--format', 'docx', '-o', out)
    expect(exported.stderr).toContain('Wrote')
    const xml = strFromU8(unzipSync(readFileSync(out))['word/document.xml'] as Uint8Array)
    expect(xml).toContain('Næringspolitisk posisjonsnotat for Osloregionen')
    expect(xml).toContain('Eli Arnkværn Bryhni')

    const markdown = await cli('export', id as string, '--format', 'md', '-o', '-')
    expect(markdown.stdout).toContain('Godkjenning av innkalling')
  }, 120_000)

  it('says what is wrong: unknown meeting (exit 1), bad format and unknown command (exit 2)', async () => {
    const t = await startServer()
    const fail = async (...args: string[]) => {
      try {
        await run(process.execPath, [cliBin, ...args, '--data-dir', t.dataDir], { timeout: 60_000 })
      } catch (error) {
        return error as { code: number; stderr: string }
      }
      throw new Error(`referat ${args.join(' ')} succeeded`)
    }
    const unknown = await fail('export', 'nosuchmeeting', '--format', 'pdf')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('no meeting nosuchmeeting')
    const format = await fail('export', 'x', '--format', 'doc')
    expect(format.code).toBe(2)
    expect(format.stderr).toContain('--format must be one of')
    const command = await fail('exprot')
    expect(command.code).toBe(2)
    const missing = await fail('import', join(t.dataDir, 'missing.md'))
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('ENOENT')
  }, 120_000)
})
