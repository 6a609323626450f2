import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { addAttendees, DocLayout } from '@referat/shared'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createMeeting, type TestMeeting } from './support/createMeeting'
import { joinAs } from './support/joinAs'
import { startServer, type TestServer } from './support/startServer'

const XSS_TITLE = '<img src=x onerror=alert(1)>'
const XSS_NAME = '<img src=x onerror=alert(2)>'
const XSS_HREF = 'javascript:alert(3)'

/** A server with a stand-in client build in its data folder. */
async function startWithClient(): Promise<TestServer> {
  const t = await startServer()
  const dist = join(t.dataDir, 'client')
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><title>Referat</title><script type="module" src="/assets/app.js"></script>',
  )
  writeFileSync(join(dist, 'assets', 'app.js'), 'export {}\n')
  return startServer({ clientDist: dist }, { dataDir: t.dataDir })
}

/** The CSP header as a map of directive → sources. */
function directives(header: string | null): Map<string, string[]> {
  expect(header).toBeTruthy()
  return new Map(
    (header as string)
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name as string, sources]),
  )
}

function expectStrictAppPolicy(response: Response) {
  const csp = directives(response.headers.get('content-security-policy'))
  expect(csp.get('default-src')).toEqual(["'self'"])
  expect(csp.get('script-src')).toEqual(["'self'"])
  expect(csp.get('style-src')).toEqual(["'self'"])
  expect(csp.get('object-src')).toEqual(["'none'"])
  expect(csp.get('frame-ancestors')).toEqual(["'none'"])
  expect(csp.get('base-uri')).toEqual(["'self'"])
  expect(csp.get('form-action')).toEqual(["'self'"])
  expect(csp.has('upgrade-insecure-requests')).toBe(false)
  for (const sources of csp.values()) {
    expect(sources).not.toContain("'unsafe-inline'")
    expect(sources).not.toContain("'unsafe-eval'")
  }
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  expect(response.headers.get('x-frame-options')).toBe('DENY')
  expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  expect(response.headers.get('access-control-allow-origin')).toBeNull()
}

function exportOf(t: TestServer, meeting: TestMeeting, format: string) {
  return fetch(
    `${t.url}/api/meetings/${meeting.id}/export?format=${format}&token=${meeting.tokens.viewer}`,
  )
}

/** Adds an attendee and a link as a real secretary client, and waits until the server has them. */
async function writeHostileContent(t: TestServer, meeting: TestMeeting) {
  const secretary = await joinAs(t, meeting, 'secretary')
  const item = secretary.doc.getXmlFragment(DocLayout.body).get(0) as Y.XmlElement
  const paragraph = item.get(1) as Y.XmlElement
  secretary.doc.transact(() => {
    addAttendees(secretary.doc, [{ name: XSS_NAME, presence: 'present' }])
    const text = new Y.XmlText()
    paragraph.insert(0, [text])
    text.insert(0, 'Se saksframlegget', { link: { href: XSS_HREF } })
  })
  await vi.waitFor(async () => {
    const md = await (await exportOf(t, meeting, 'md')).text()
    expect(md).toContain('Se saksframlegget')
    expect(md).toMatch(/alert\\?\(2/)
  })
  secretary.destroy()
}

describe('security headers', () => {
  it('serves the client page and its scripts under the strict CSP', async () => {
    const t = await startWithClient()
    const page = await fetch(`${t.url}/m/some-meeting`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>Referat</title>')
    expectStrictAppPolicy(page)
    const csp = directives(page.headers.get('content-security-policy'))
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('img-src')).toEqual(["'self'"])

    const script = await fetch(`${t.url}/assets/app.js`)
    expect(script.status).toBe(200)
    expectStrictAppPolicy(script)
  })

  it('sends the same headers with API answers and errors', async () => {
    const t = await startServer()
    const list = await fetch(`${t.url}/api/meetings`, {
      headers: { authorization: `Bearer ${t.organizerToken}` },
    })
    expect(list.status).toBe(200)
    expectStrictAppPolicy(list)
    const denied = await fetch(`${t.url}/api/meetings`)
    expect(denied.status).toBe(401)
    expectStrictAppPolicy(denied)
  })

  it('never answers another origin with CORS headers, preflight included', async () => {
    const t = await startServer()
    const origin = 'https://evil.example'
    const read = await fetch(`${t.url}/api/meetings`, {
      headers: { authorization: `Bearer ${t.organizerToken}`, origin },
    })
    expect(read.status).toBe(200)
    const preflight = await fetch(`${t.url}/api/meetings`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    })
    for (const response of [read, preflight]) {
      const cors = [...response.headers.keys()].filter((name) => name.startsWith('access-control-'))
      expect(cors).toEqual([])
    }
  })
})

describe('user strings in exports', () => {
  it('escapes a hostile title, attendee name and link in HTML, Markdown and text', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { title: XSS_TITLE, agenda: ['Orientering'] })
    await writeHostileContent(t, meeting)

    const html = await exportOf(t, meeting, 'html')
    expect(html.status).toBe(200)
    const csp = directives(html.headers.get('content-security-policy'))
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(csp.get('style-src')).toEqual(["'unsafe-inline'"])
    expect(csp.has('script-src')).toBe(false)
    expect(html.headers.get('x-content-type-options')).toBe('nosniff')
    const page = await html.text()
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(page).toContain('&lt;img src=x onerror=alert(2)&gt;')
    expect(page).toContain('Se saksframlegget')
    expect(page).not.toMatch(/<img/i)
    expect(page).not.toMatch(/javascript:/i)

    const md = await (await exportOf(t, meeting, 'md')).text()
    expect(md).toContain('\\<img src=x onerror=alert(1)\\>')
    expect(md).not.toMatch(/(?<!\\)<img/i)

    const docx = unzipSync(new Uint8Array(await (await exportOf(t, meeting, 'docx')).arrayBuffer()))
    const docxText = Object.values(docx)
      .map((bytes) => strFromU8(bytes))
      .join('')
    expect(docxText).toContain('Se saksframlegget')
    expect(docxText).not.toMatch(/javascript:/i)
    const pdf = Buffer.from(await (await exportOf(t, meeting, 'pdf')).arrayBuffer())
    expect(pdf.toString('latin1')).not.toMatch(/javascript:/i)

    const txt = await exportOf(t, meeting, 'txt')
    expect(txt.headers.get('content-type')).toMatch(/^text\/plain/)
    expect(txt.headers.get('x-content-type-options')).toBe('nosniff')
    const plain = await txt.text()
    expect(plain).toContain(XSS_TITLE)
    expect(plain).not.toMatch(/javascript:/i)
  })

  // Unsafe links are dropped where the referat is read (toInlines), so no export writes them.
  it('writes no javascript: link into the Markdown export', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { agenda: ['Orientering'] })
    await writeHostileContent(t, meeting)
    const md = await (await exportOf(t, meeting, 'md')).text()
    expect(md).toContain('Se saksframlegget')
    expect(md).not.toMatch(/javascript:/i)
  })
})
