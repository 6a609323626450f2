import { attendee, toReferat, type MeetingMeta, type Referat } from '@referat/shared'
import type { JSONContent } from '@tiptap/core'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderPdf } from '../../src/export/renderPdf'
import { body, item, meta, people } from '../../../shared/test/support/exampleMeeting'

const text = (t: string, marks?: JSONContent['marks']): JSONContent => ({
  type: 'text',
  text: t,
  ...(marks ? { marks } : {}),
})
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
const listItem = (...content: JSONContent[]): JSONContent => ({ type: 'listItem', content })

const LONG_URL = `https://www.osloregionen.no/${'dokumenter/'.repeat(12)}notat.pdf`

/** The example meeting plus the parts a renderer must get right. */
const extraItems: JSONContent[] = [
  item(
    'i4',
    'Høringsnotat til NOU 2022: 18 Mellom mobilitet og migrasjon',
    p(
      text('Gruppen sluttet seg til '),
      text('utkastet', [{ type: 'italic' }]),
      text('.'),
      { type: 'hardBreak' },
      text('Vi trenger kompetansen 👍 og 漢字.'),
    ),
    {
      type: 'orderedList',
      attrs: { start: 3 },
      content: [
        listItem(p(text('Tydelig på kompetansebehov')), {
          type: 'bulletList',
          content: [listItem(p(text('Medfølgende familie')))],
        }),
        listItem(p(text('Bank-ID som statlig ansvar'))),
      ],
    },
    {
      type: 'decision',
      attrs: { id: 'd2', state: 'proposed' },
      content: [p(text('Faggruppen støtter høringsnotatet.'))],
    },
    p(
      text('Vedlegg: '),
      text(LONG_URL, [{ type: 'link', attrs: { href: LONG_URL } }]),
      text(' og '),
      text('skript', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
    ),
  ),
]

const extraPeople = [
  { id: 'a6', name: 'Maria Hermansdatter Hoff', organisation: 'Lillestrøm kommune' },
  {
    id: 'a7',
    name: 'Jonas Olafsen',
    organisation: 'Lillestrøm kommune',
    presence: 'substitute',
    substituteFor: 'Maria Hermansdatter Hoff',
  },
  { id: 'a8', name: 'Trine Knobel', organisation: 'Gardemoregionen', presence: 'alsoPresent' },
].map((a) => attendee.parse({ presence: 'present', ...a }))

function example(overrides: Partial<MeetingMeta> = {}, items: JSONContent[] = []): Referat {
  const content = [...(body.content ?? []), ...extraItems, ...items]
  return toReferat({ ...meta, ...overrides }, [...people, ...extraPeople], { ...body, content })
}

interface PageText {
  /** The page's text, its pieces joined by spaces. */
  text: string
  /** Every piece of text with the right edge of its box. */
  items: { str: string; right: number }[]
  /** The text inside artifacts (headers, footers), which assistive technology skips. */
  artifacts: string
}

interface ReadPdf {
  pages: PageText[]
  text: string
  width: number
  title: unknown
  xmpTitle: unknown
  links: string[]
  roles: Set<string>
}

function collectRoles(node: unknown, roles: Set<string>): void {
  if (!node || typeof node !== 'object') return
  const { role, children } = node as { role?: string; children?: unknown[] }
  if (role) roles.add(role)
  for (const child of children ?? []) collectRoles(child, roles)
}

/** Reads a PDF back the way a viewer would: text per page, links, metadata, structure tree. */
async function readPdf(buffer: Buffer): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(buffer), verbosity: 0 }).promise
  const pages: PageText[] = []
  const links: string[] = []
  const roles = new Set<string>()
  let width = 0
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    width = page.view[2] ?? 0
    const content = await page.getTextContent({ includeMarkedContent: true })
    const items: PageText['items'] = []
    const artifacts: string[] = []
    const open: string[] = []
    for (const entry of content.items) {
      if ('type' in entry) {
        if (entry.type === 'beginMarkedContent' || entry.type === 'beginMarkedContentProps') {
          // pdf.js gives the tag (P, Artifact…) though its type does not declare it.
          open.push((entry as { tag?: string }).tag ?? '')
        } else if (entry.type === 'endMarkedContent') open.pop()
        continue
      }
      items.push({ str: entry.str, right: (entry.transform[4] as number) + entry.width })
      if (open.includes('Artifact')) artifacts.push(entry.str)
    }
    pages.push({
      text: items.map((i) => i.str).join(' '),
      items,
      artifacts: artifacts.join(' '),
    })
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype === 'Link' && annotation.url) links.push(annotation.url)
    }
    collectRoles(await page.getStructTree(), roles)
  }
  const { info, metadata } = await pdf.getMetadata()
  const title = (info as { Title?: unknown }).Title
  const xmpTitle = metadata?.get('dc:title')
  await pdf.destroy()
  return {
    pages,
    text: pages.map((page) => page.text).join('\n'),
    width,
    title,
    xmpTitle,
    links,
    roles,
  }
}

/** The words of `text` with any white space between them (pdfkit draws a line in pieces). */
const words = (text: string) =>
  new RegExp(
    text
      .split(/\s+/)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s*'),
  )

describe('renderPdf', () => {
  let draft: { buffer: Buffer; read: ReadPdf; raw: string }

  beforeAll(async () => {
    const buffer = await renderPdf(example())
    draft = { buffer, read: await readPdf(buffer), raw: buffer.toString('latin1') }
  })

  it('writes a PDF with the title, group, time and place of the meeting', () => {
    expect(draft.buffer.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7')
    const { text } = draft.read
    expect(text).toMatch(words('Referat: Møte i Osloregionens Faggruppe for nærings samarbeid'))
    expect(text).toMatch(words('Tid: torsdag 16. mars 2023 kl. 09:00–11:00'))
    expect(text).toMatch(words('Sted: Oslo rådhus'))
    expect(text).toContain('Osloregionen')
  })

  it('gives back the Norwegian letters of names and headings', () => {
    const { text } = draft.read
    expect(text).toMatch(words('2. Næringspolitisk posisjonsnotat for Osloregionen'))
    expect(text).toMatch(words('Øyvind Såtvedt, Mari Strømsvåg'))
    expect(text).toMatch(words('Hanne Løkka, Frogn kommune'))
    expect(text).toMatch(words('Eli Arnkværn Bryhni (møteleder)'))
  })

  it('lists the attendees like the other exports: a table, absent, also present, secretariat', () => {
    const { text } = draft.read
    for (const label of ['Frammøtte', 'Navn', 'Organisasjon', 'Forfall', 'Dessuten møtte']) {
      expect(text).toContain(label)
    }
    expect(text).toMatch(words('Jonas Olafsen (vara for Maria Hermansdatter Hoff)'))
    expect(text).toMatch(words('Trine Knobel, Gardemoregionen'))
    expect(text).toMatch(words('Fra sekretariatet møtte'))
    expect(text.indexOf('Frammøtte')).toBeLessThan(text.indexOf('Saker'))
  })

  it('renders the items in order with sections, sub-items, lists, decisions and action items', () => {
    const { text } = draft.read
    const order = [
      'Saker',
      '1. Godkjenning av innkalling',
      'Faggruppen var generelt positiv til utkastet.',
      'Strøm',
      'Vedtak: Sekretariatet bearbeider notatet.',
      'vedtatt av Eli Arnkværn Bryhni, 7 for, 2 mot, 0 blanke',
      'Oppfølging: Sende notatet på høring til kommunene (Ansvarlig: Øyvind Såtvedt, Frist: uke 12)',
      'Orienteringer fra sekretariatet:',
      '3. Oppdatering på internasjonalt profileringsarbeid',
      'a. Nasjonalt nettverk for internasjonal arbeidskraft',
      'b. Best-practice nettverk for medlemskommunene',
      '4. Høringsnotat til NOU 2022: 18 Mellom mobilitet og migrasjon',
      '3. Tydelig på kompetansebehov',
      'Medfølgende familie',
      '4. Bank-ID som statlig ansvar',
      'Forslag til vedtak: Faggruppen støtter høringsnotatet.',
    ]
    let from = 0
    for (const part of order) {
      const match = words(part).exec(text.slice(from))
      expect(match, part).not.toBeNull()
      from += (match?.index ?? 0) + (match?.[0].length ?? 0)
    }
  })

  it('ends with the follow-up table', () => {
    const { text } = draft.read
    const table = text.slice(text.lastIndexOf('Oppfølging'))
    expect(table).toMatch(words('Oppfølging Hva Ansvarlig Frist Status'))
    expect(table).toMatch(
      words('2. Sende notatet på høring til kommunene Øyvind Såtvedt uke 12 Åpen'),
    )
  })

  it('replaces characters the font cannot show instead of drawing empty boxes', () => {
    expect(draft.read.text).toMatch(words('Vi trenger kompetansen \uFFFD og \uFFFD\uFFFD.'))
    expect(draft.read.text).not.toContain('👍')
  })

  it('links http addresses but not scripts, and wraps a long address inside the margins', () => {
    expect(draft.read.links).toContain('https://www.osloregionen.no/arrangementer/')
    expect(draft.read.links).toContain(LONG_URL)
    expect(draft.read.links.some((url) => url.startsWith('javascript'))).toBe(false)
    expect(draft.read.text).toContain('skript')
    for (const page of draft.read.pages) {
      for (const piece of page.items) {
        expect(piece.right, piece.str).toBeLessThanOrEqual(draft.read.width - 62 + 0.5)
      }
    }
  })

  it('marks a draft, numbers the pages as artifacts, and shows the version when final', async () => {
    const first = draft.read.pages[0] as PageText
    expect(first.text).toContain('UTKAST')
    expect(first.artifacts).toMatch(words(`side 1 av ${draft.read.pages.length}`))
    const final = await readPdf(await renderPdf(example({ status: 'final', version: 2 })))
    expect(final.text).toContain('Versjon 2')
    expect(final.text).not.toContain('UTKAST')
  })

  it('uses the English labels for an English meeting', async () => {
    const english = await readPdf(await renderPdf(example({ language: 'en' })))
    for (const label of ['Minutes:', 'DRAFT', 'Present', 'Name', 'Apologies', 'Items']) {
      expect(english.text).toContain(label)
    }
    expect(english.text).toMatch(words('Decision: Sekretariatet bearbeider notatet.'))
    expect(english.text).toMatch(words('decided by Eli Arnkværn Bryhni, 7 for, 2 against'))
    expect(english.text).toMatch(words('Follow-up What Responsible Due Status'))
    expect(english.pages[0]?.artifacts).toMatch(words('page 1 of'))
    expect(english.text).not.toContain('Vedtak')
  })

  it('uses the nynorsk labels, dates and document language for a nynorsk meeting', async () => {
    const buffer = await renderPdf(example({ language: 'nn', date: '2026-03-16' }))
    const nynorsk = await readPdf(buffer)
    expect(nynorsk.text).toMatch(words('Tid: måndag 16. mars 2026 kl. 09:00–11:00'))
    expect(nynorsk.text).toMatch(words('Stad: Oslo rådhus'))
    for (const label of ['Referat:', 'UTKAST', 'Frammøtte', 'Namn', 'Forfall', 'Saker']) {
      expect(nynorsk.text).toContain(label)
    }
    expect(nynorsk.text).toMatch(words('Eli Arnkværn Bryhni (møteleiar)'))
    expect(nynorsk.text).toMatch(words('Jonas Olafsen (vara for Maria Hermansdatter Hoff)'))
    expect(nynorsk.text).toMatch(words('Dessutan møtte'))
    expect(nynorsk.text).toMatch(words('Frå sekretariatet møtte'))
    expect(nynorsk.text).toMatch(words('vedteke av Eli Arnkværn Bryhni, 7 for, 2 mot, 0 blanke'))
    expect(nynorsk.text).toMatch(words('(Ansvarleg: Øyvind Såtvedt, Frist: uke 12)'))
    expect(nynorsk.text).toMatch(words('Oppfølging Kva Ansvarleg Frist Status'))
    expect(nynorsk.text).toMatch(words('Øyvind Såtvedt uke 12 Open'))
    expect(nynorsk.pages[0]?.artifacts).toMatch(words(`side 1 av ${nynorsk.pages.length}`))
    expect(nynorsk.text).not.toMatch(/Sted|Navn|møteleder|Dessuten|vedtatt|Ansvarlig|Åpen/)
    const raw = buffer.toString('latin1')
    expect(raw).toContain('/Lang (nn-NO)')
    expect(raw).not.toContain('nb-NO')
  })

  it('breaks a long meeting over pages, repeating the table header and keeping every row', async () => {
    const crowd = Array.from({ length: 70 }, (_, i) =>
      attendee.parse({
        id: `c${i}`,
        name: `Deltaker Ærlig Østby ${i + 1}`,
        organisation: `Kommune ${i + 1}`,
        presence: 'present',
      }),
    )
    const many = Array.from({ length: 40 }, (_, i) =>
      item(`m${i}`, `Sak om næringsareal ${i + 1}`, p(text('Saken ble drøftet. '.repeat(30)))),
    )
    const referat = example({}, many)
    const read = await readPdf(await renderPdf({ ...referat, attendees: crowd }))
    expect(read.pages.length).toBeGreaterThan(4)
    expect(read.pages[1]?.text.trimStart().startsWith('Navn')).toBe(true)
    expect(read.pages[1]?.text).toMatch(words('Navn Organisasjon Deltaker'))
    for (let i = 1; i <= 70; i++) {
      const row = new RegExp(`${words(`Østby ${i} Kommune ${i}`).source}(?!\\d)`, 'g')
      expect(read.text.match(row)?.length, `row ${i}`).toBe(1)
    }
    expect(read.text).toMatch(words('44. Sak om næringsareal 40'))
    read.pages.forEach((page, i) =>
      expect(page.artifacts).toMatch(words(`side ${i + 1} av ${read.pages.length}`)),
    )
  })

  it('is tagged: language, structure tree with headings, tables, lists and links', () => {
    const { raw, read } = draft
    expect(raw).toMatch(/\/MarkInfo \d+ 0 R/)
    expect(raw).toMatch(/<<\s*\/Marked true\s*>>/)
    expect(raw).toContain('/StructTreeRoot')
    expect(raw).toContain('/Lang (nb-NO)')
    expect(raw).toMatch(/\/DisplayDocTitle true/)
    for (const role of ['Document', 'H1', 'H2', 'H3', 'H4', 'P', 'Table', 'TR', 'TH', 'TD']) {
      expect(read.roles, role).toContain(role)
    }
    for (const role of ['L', 'LI', 'Lbl', 'LBody', 'Link', 'Div', 'Sect']) {
      expect(read.roles, role).toContain(role)
    }
  })

  it('declares PDF/A-2a with XMP metadata and an sRGB output intent', () => {
    const { raw } = draft
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>')
    expect(raw).toContain('<pdfaid:conformance>A</pdfaid:conformance>')
    expect(raw).toMatch(/\/Metadata \d+ 0 R/)
    expect(raw).toMatch(/\/OutputIntents \[\d+ 0 R\]/)
    expect(raw).toContain('/S /GTS_PDFA1')
    expect(raw).toMatch(/\/DestOutputProfile \d+ 0 R/)
    expect(raw).not.toContain('/Encrypt')
    expect(raw).not.toContain('/JavaScript')
  })

  it('embeds DejaVu Sans for all text and refers to no other font', () => {
    const { raw } = draft
    const baseFonts = [...raw.matchAll(/\/BaseFont \/(\S+)/g)].map((m) => m[1] ?? '')
    expect(baseFonts.length).toBeGreaterThan(0)
    for (const name of baseFonts) expect(name).toMatch(/^[A-Z]{6}\+DejaVuSans/)
    const descriptors = raw.match(/\/Type \/FontDescriptor/g)?.length ?? 0
    expect(raw.match(/\/FontFile2 \d+ 0 R/g)?.length).toBe(descriptors)
    expect(raw).not.toMatch(/\/(Helvetica|Times|Courier|Symbol|ZapfDingbats)/)
  })

  it('keeps the XMP metadata valid when the title has XML characters', async () => {
    const title = 'Budsjett & økonomi <utkast>'
    const buffer = await renderPdf(example({ title }))
    const read = await readPdf(buffer)
    expect(read.title).toBe(`Referat: ${title}`)
    expect(read.xmpTitle).toBe(`Referat: ${title}`)
    expect(buffer.toString('utf8')).toContain('Referat: Budsjett &amp; økonomi &lt;utkast&gt;')
  })
})
