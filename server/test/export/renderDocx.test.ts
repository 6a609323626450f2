import {
  attendee,
  toReferat,
  type Referat,
  type ReferatBlock,
  type ReferatInline,
  type ReferatItem,
  type ReferatPart,
} from '@referat/shared'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { body, meta, people } from '../../../shared/test/support/exampleMeeting'
import { renderDocx } from '../../src/export/renderDocx'

const run = (text: string, marks: Partial<{ bold: true; italic: true; href: string }> = {}) => ({
  text,
  ...marks,
})
const paragraph = (...content: ReferatInline[]): ReferatBlock => ({ type: 'paragraph', content })
const item = (label: string, title: string, blocks: ReferatItem['blocks']): ReferatItem => ({
  type: 'item',
  id: `item-${label}`,
  label,
  title,
  kind: 'discussion',
  plannedMinutes: null,
  blocks,
})

/** Parts the example meeting lacks: nested and numbered lists, links, every kind of decision. */
const extraParts: ReferatPart[] = [
  { type: 'section', title: 'Eventuelt' },
  item('Sak 38/25', 'Budsjett for Ås og Ærøy', [
    paragraph(
      run('Fet', { bold: true }),
      run(' og '),
      run('kursiv', { italic: true }),
      { lineBreak: true },
      run('Se '),
      run('budsjettet', { href: 'https://example.org/budsjett?år=2025&del=1#side-2' }),
      run(' og '),
      run('ikke dette', { href: 'javascript:alert(1)' }),
    ),
    {
      type: 'list',
      ordered: true,
      start: 3,
      items: [
        [
          paragraph(run('Tredje punkt')),
          {
            type: 'list',
            ordered: false,
            start: 1,
            items: [[paragraph(run('Underpunkt med æøå'))]],
          },
        ],
        [paragraph(run('Fjerde punkt')), paragraph(run('Mer om fjerde punkt'))],
      ],
    },
    {
      type: 'decision',
      id: 'd2',
      state: 'proposed',
      decidedBy: null,
      decidedAt: null,
      vote: null,
      blocks: [paragraph(run('Budsjettet vedtas som foreslått.'))],
    },
    {
      type: 'decision',
      id: 'd3',
      state: 'decided',
      decidedBy: null,
      decidedAt: null,
      vote: null,
      blocks: [paragraph(run('Rammen økes.')), paragraph(run('Rådmannen orienterer.'))],
    },
    {
      type: 'decision',
      id: 'd4',
      state: 'decided',
      decidedBy: 'Dag Aanensen',
      decidedAt: '2025-03-16T10:00:00.000Z',
      vote: { for: 5, against: 0, blank: 1 },
      blocks: [paragraph(run('Saken sendes på høring.'))],
    },
    {
      type: 'actionItem',
      id: 'x2',
      content: [run('Oppdatere budsjettet')],
      assignee: 'Mari Strømsvåg',
      due: '2025-06-01',
      done: true,
    },
    item('a.', 'Underpunkt om drift', [paragraph(run('Driften går som planlagt.'))]),
  ]),
]

const extraPeople = [
  attendee.parse({
    id: 'a6',
    name: 'Kari Vara',
    organisation: 'Ås kommune',
    presence: 'substitute',
    substituteFor: 'Hanne Løkka',
  }),
  attendee.parse({
    id: 'a7',
    name: 'Gjest Gjestesen',
    organisation: 'NHO',
    role: 'guest',
    presence: 'alsoPresent',
  }),
]

function exampleReferat(changes: Partial<Referat['meta']> = {}): Referat {
  const referat = toReferat({ ...meta, ...changes }, [...people, ...extraPeople], body)
  return { ...referat, body: [...referat.body, ...extraParts] }
}

async function unpack(referat: Referat) {
  const files = unzipSync(new Uint8Array(await renderDocx(referat)))
  const file = (path: string) => {
    const data = files[path]
    if (!data) throw new Error(`${path} is missing`)
    return strFromU8(data)
  }
  return {
    document: file('word/document.xml'),
    rels: file('word/_rels/document.xml.rels'),
    numbering: file('word/numbering.xml'),
    styles: file('word/styles.xml'),
    core: file('docProps/core.xml'),
    headers: Object.keys(files)
      .filter((path) => /^word\/header\d*\.xml$/.test(path))
      .map(file)
      .join(''),
  }
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

interface DocParagraph {
  xml: string
  style: string | undefined
  text: string
}

/** Every w:p of a part with its style id and its text (w:t joined, a w:br as a newline). */
function paragraphsOf(xml: string): DocParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>|<w:p(?:\s[^>]*)?\/>/g)].map((m) => {
    const inner = m[1] ?? ''
    const text = [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((t) => (t[0] === '<w:br/>' ? '\n' : unescapeXml(t[1] ?? '')))
      .join('')
    return { xml: m[0], style: /<w:pStyle w:val="([^"]+)"\/>/.exec(inner)?.[1], text }
  })
}

const textsIn = (xml: string, style: string) =>
  paragraphsOf(xml)
    .filter((p) => p.style === style)
    .map((p) => p.text)

/** The tables of a part, each as rows of cell texts, with whether the first row is a header. */
function tablesOf(xml: string) {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((table) => {
    const rows = [...(table[1] ?? '').matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => r[1] ?? '')
    return {
      header: rows[0]?.includes('<w:tblHeader/>') ?? false,
      rows: rows.map((row) =>
        [...row.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
          paragraphsOf(cell[1] ?? '')
            .map((p) => p.text)
            .join('\n'),
        ),
      ),
    }
  })
}

/** Fails unless every tag is closed in order and no text holds a bare < or &. */
function expectWellFormed(xml: string) {
  const stack: string[] = []
  const body = xml.replace(/^<\?xml[^>]*\?>/, '')
  for (const [tag, close, name = '', selfClosing] of body.matchAll(
    /<(\/?)([\w:.-]+)(?:\s[^<>]*?)?(\/?)>/g,
  )) {
    if (close) expect(stack.pop(), tag).toBe(name)
    else if (!selfClosing) stack.push(name)
  }
  expect(stack).toEqual([])
  const text = body.replace(/<(\/?)([\w:.-]+)(?:\s[^<>]*?)?(\/?)>/g, '')
  expect(text).not.toMatch(/[<>]|&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[\da-fA-F]+);)/)
}

/** The text of every paragraph, heading and list item of the input. */
function inputTexts(parts: readonly (ReferatPart | ReferatItem)[]): string[] {
  const inline = (runs: readonly ReferatInline[]) =>
    runs.map((r) => ('lineBreak' in r ? '\n' : r.text)).join('')
  return parts.flatMap((part): string[] => {
    switch (part.type) {
      case 'item':
        return [`${part.label} ${part.title}`, ...inputTexts(part.blocks)]
      case 'section':
        return [part.title]
      case 'paragraph':
        return [inline(part.content)]
      case 'list':
        return part.items.flatMap((blocks) => inputTexts(blocks))
      case 'decision':
        return inputTexts(part.blocks)
      case 'actionItem':
        return [inline(part.content), part.assignee, part.due]
    }
  })
}

describe('renderDocx', () => {
  it('writes the title, the draft mark and the meeting header with Word styles', async () => {
    const { document, core, headers } = await unpack(exampleReferat())
    expect(textsIn(document, 'Title')).toEqual([
      'Referat: Møte i Osloregionens Faggruppe for nærings samarbeid',
    ])
    const texts = paragraphsOf(document).map((p) => p.text)
    expect(texts).toContain('UTKAST')
    expect(headers).toContain('UTKAST')
    expect(textsIn(document, 'Subtitle')).toEqual(['Osloregionen'])
    expect(texts).toContain('Tid: torsdag 16. mars 2023 kl. 09:00–11:00')
    expect(texts).toContain('Sted: Oslo rådhus')
    expect(core).toContain(
      '<dc:title>Referat: Møte i Osloregionens Faggruppe for nærings samarbeid</dc:title>',
    )
    expect(core).toContain('<dc:creator>Referat</dc:creator>')
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
  })

  it('marks final minutes with their version instead of the draft mark', async () => {
    const { document, headers } = await unpack(exampleReferat({ status: 'final', version: 2 }))
    expect(paragraphsOf(document).map((p) => p.text)).toContain('Versjon 2')
    expect(document + headers).not.toContain('UTKAST')
  })

  it('puts sections, items and sub-items under Heading 1, 2 and 3 with their labels', async () => {
    const { document } = await unpack(exampleReferat())
    expect(textsIn(document, 'Heading1')).toEqual([
      'Frammøtte',
      'Forfall',
      'Dessuten møtte',
      'Fra sekretariatet møtte',
      'Saker',
      'Orienteringer fra sekretariatet:',
      'Eventuelt',
      'Oppfølging',
    ])
    expect(textsIn(document, 'Heading2')).toEqual([
      '1. Godkjenning av innkalling',
      '2. Næringspolitisk posisjonsnotat for Osloregionen',
      '3. Oppdatering på internasjonalt profileringsarbeid',
      'Sak 38/25 Budsjett for Ås og Ærøy',
    ])
    expect(textsIn(document, 'Heading3')).toEqual([
      'a. Nasjonalt nettverk for internasjonal arbeidskraft',
      'b. Best-practice nettverk for medlemskommunene',
      'a. Underpunkt om drift',
    ])
  })

  it('lists those present in a table with a header row, and the others below', async () => {
    const { document } = await unpack(exampleReferat())
    const [present] = tablesOf(document)
    expect(present?.header).toBe(true)
    expect(present?.rows).toEqual([
      ['Navn', 'Organisasjon'],
      ['Eli Arnkværn Bryhni (møteleder)', 'Hamarregionen utvikling'],
      ['Dag Aanensen', 'Drammen kommune'],
      ['Kari Vara (vara for Hanne Løkka)', 'Ås kommune'],
    ])
    const texts = paragraphsOf(document).map((p) => p.text)
    expect(texts).toContain('Hanne Løkka, Frogn kommune')
    expect(texts).toContain('Gjest Gjestesen, NHO')
    expect(texts).toContain('Øyvind Såtvedt, Mari Strømsvåg')
  })

  it('keeps the text of every paragraph, heading, list item and action item', async () => {
    const referat = exampleReferat()
    const { document } = await unpack(referat)
    const texts = paragraphsOf(document).map((p) => p.text)
    const expected = inputTexts(referat.body)
    expect(expected.length).toBeGreaterThan(20)
    for (const text of expected) {
      expect(
        texts.some((t) => t.includes(text)),
        text,
      ).toBe(true)
    }
    expect(texts).toContain('Fet og kursiv\nSe budsjettet og ikke dette')
  })

  it('keeps bold and italic runs and makes safe links real hyperlinks', async () => {
    const { document, rels } = await unpack(exampleReferat())
    expect(document).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>Fet<\/w:t>/)
    expect(document).toMatch(/<w:r><w:rPr><w:i\/><w:iCs\/><\/w:rPr><w:t[^>]*>kursiv<\/w:t>/)
    expect(document).toMatch(/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>generelt positiv/)
    const links = [
      ...rels.matchAll(
        /<Relationship Id="([^"]+)" Type="[^"]*\/hyperlink" Target="([^"]*)" TargetMode="External"\/>/g,
      ),
    ]
    expect(links.map((l) => unescapeXml(l[2] ?? ''))).toEqual([
      'https://www.osloregionen.no/arrangementer/',
      'https://example.org/budsjett?%C3%A5r=2025&del=1',
    ])
    for (const [, id] of links) {
      expect(document).toMatch(new RegExp(`<w:hyperlink [^>]*r:id="${id}"[^>]*>`))
    }
    expect(document).toMatch(
      /<w:hyperlink [^>]*w:anchor="side-2"[^>]*>(?:(?!<\/w:hyperlink>).)*>budsjettet</,
    )
    expect(rels).not.toContain('javascript')
  })

  it('writes lists as Word lists, numbered from their start and nested a level deeper', async () => {
    const { document, numbering } = await unpack(exampleReferat())
    const numbered = (text: string) => {
      const p = paragraphsOf(document).find((q) => q.text === text)
      const numPr = /<w:numPr><w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(
        p?.xml ?? '',
      )
      expect(numPr, text).not.toBeNull()
      const num = new RegExp(`<w:num w:numId="${numPr?.[2]}">(.*?)</w:num>`).exec(numbering)
      const abstractId = /<w:abstractNumId w:val="(\d+)"\/>/.exec(num?.[1] ?? '')?.[1]
      const abstract = new RegExp(
        `<w:abstractNum w:abstractNumId="${abstractId}"[^>]*>(.*?)</w:abstractNum>`,
      ).exec(numbering)?.[1]
      const level = new RegExp(`<w:lvl w:ilvl="${numPr?.[1]}"[^>]*>(.*?)</w:lvl>`).exec(
        abstract ?? '',
      )?.[1]
      return {
        level: Number(numPr?.[1]),
        numId: numPr?.[2],
        format: /<w:numFmt w:val="(\w+)"\/>/.exec(level ?? '')?.[1],
        start: /<w:startOverride w:val="(\d+)"\/>/.exec(num?.[1] ?? '')?.[1],
      }
    }
    expect(numbered('Strøm')).toMatchObject({ level: 0, format: 'bullet' })
    const third = numbered('Tredje punkt')
    expect(third).toMatchObject({ level: 0, format: 'decimal', start: '3' })
    expect(numbered('Fjerde punkt').numId).toBe(third.numId)
    expect(numbered('Underpunkt med æøå')).toMatchObject({ level: 1, format: 'bullet' })
    const more = paragraphsOf(document).find((p) => p.text === 'Mer om fjerde punkt')
    expect(more?.xml).not.toContain('<w:numPr>')
    expect(more?.xml).toContain('<w:ind w:left="720"/>')
  })

  it('sets decisions off in their own styles, with their label and record', async () => {
    const { document, styles } = await unpack(exampleReferat())
    const paragraphs = paragraphsOf(document)
    const styled = paragraphs.filter((p) => p.style?.includes('Decision'))
    expect(styled.map((p) => [p.style, p.text])).toEqual([
      ['Decision', 'Vedtak: Sekretariatet bearbeider notatet.'],
      ['DecisionRecord', '(vedtatt av Eli Arnkværn Bryhni, 7 for, 2 mot, 0 blanke)'],
      ['ProposedDecision', 'Forslag til vedtak: Budsjettet vedtas som foreslått.'],
      ['Decision', 'Vedtak: Rammen økes.'],
      ['Decision', 'Rådmannen orienterer.'],
      ['DecisionRecord', '(enstemmig)'],
      ['Decision', 'Vedtak: Saken sendes på høring.'],
      ['DecisionRecord', '(vedtatt av Dag Aanensen, 5 for, 0 mot, 1 blanke)'],
    ])
    expect(styled[0]?.xml).toMatch(/<w:b\/><w:bCs\/><\/w:rPr><w:t[^>]*>Vedtak: <\/w:t>/)
    expect(styled[4]?.xml).not.toContain('<w:b/>')
    for (const id of ['Decision', 'ProposedDecision']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}">(.*?)</w:style>`).exec(styles)
      expect(style?.[1]).toMatch(/<w:pBdr>.*<w:left [^>]*w:sz="24"/)
      expect(style?.[1]).toMatch(/<w:shd [^>]*w:fill="[0-9A-F]{6}"/)
    }
    // Word draws neighbouring paragraphs with the same borders as one box, so every other
    // decision in a row has its bar shifted.
    const shifted = (p: DocParagraph | undefined) =>
      /<w:pBdr>.*<w:left [^>]*w:space="7"/.test(p?.xml ?? '')
    expect(styled.map(shifted)).toEqual([false, false, false, true, true, true, false, false])
  })

  it('writes action items in place and in a follow-up table at the end', async () => {
    const { document } = await unpack(exampleReferat())
    const texts = paragraphsOf(document).map((p) => p.text)
    expect(texts).toContain(
      '☐ Oppfølging: Sende notatet på høring til kommunene (Ansvarlig: Øyvind Såtvedt, Frist: uke 12)',
    )
    expect(texts).toContain(
      '☑ Oppfølging: Oppdatere budsjettet (Ansvarlig: Mari Strømsvåg, Frist: 2025-06-01, Utført)',
    )
    const tables = tablesOf(document)
    expect(tables).toHaveLength(2)
    expect(tables[1]?.header).toBe(true)
    expect(tables[1]?.rows).toEqual([
      ['Hva', 'Ansvarlig', 'Frist', 'Status'],
      ['2. Sende notatet på høring til kommunene', 'Øyvind Såtvedt', 'uke 12', 'Åpen'],
      ['Sak 38/25 Oppdatere budsjettet', 'Mari Strømsvåg', '2025-06-01', 'Utført'],
    ])
    expect(textsIn(document, 'Heading1').at(-1)).toBe('Oppfølging')
  })

  it('leaves out the follow-up table when there are no action items', async () => {
    const referat = toReferat(meta, people, { type: 'doc', content: body.content?.slice(0, 1) })
    const { document } = await unpack(referat)
    expect(tablesOf(document)).toHaveLength(1)
    expect(textsIn(document, 'Heading1')).not.toContain('Oppfølging')
  })

  it('uses English labels and language for an English meeting', async () => {
    const { document, styles } = await unpack(exampleReferat({ language: 'en' }))
    const texts = paragraphsOf(document).map((p) => p.text)
    expect(textsIn(document, 'Title')).toEqual([
      'Minutes: Møte i Osloregionens Faggruppe for nærings samarbeid',
    ])
    expect(texts).toContain('DRAFT')
    expect(texts).toContain('Decision: Sekretariatet bearbeider notatet.')
    expect(texts).toContain('Proposed decision: Budsjettet vedtas som foreslått.')
    expect(textsIn(document, 'Heading1')).toEqual(
      expect.arrayContaining(['Present', 'Apologies', 'Items', 'Follow-up']),
    )
    expect(tablesOf(document)[0]?.rows[0]).toEqual(['Name', 'Organisation'])
    expect(texts.join('\n')).not.toMatch(/Vedtak|Oppfølging|UTKAST|Frammøtte/)
    expect(styles).toContain('<w:lang w:val="en-GB"/>')
    expect((await unpack(exampleReferat())).styles).toContain('<w:lang w:val="nb-NO"/>')
  })

  it('uses nynorsk labels and language for a nynorsk meeting', async () => {
    const { document, styles } = await unpack(
      exampleReferat({ language: 'nn', date: '2026-03-16', status: 'final', version: 3 }),
    )
    const texts = paragraphsOf(document).map((p) => p.text)
    expect(textsIn(document, 'Title')).toEqual([
      'Referat: Møte i Osloregionens Faggruppe for nærings samarbeid',
    ])
    expect(texts).toContain('Versjon 3')
    expect(texts.join('\n')).toMatch(/Tid: måndag 16\. mars 2026 kl\. 09:00–11:00/)
    expect(texts.join('\n')).toContain('Stad: Oslo rådhus')
    expect(texts).toContain('Vedtak: Sekretariatet bearbeider notatet.')
    expect(texts.join('\n')).toContain('vedteke av Eli Arnkværn Bryhni, 7 for, 2 mot, 0 blanke')
    expect(textsIn(document, 'Heading1')).toEqual(
      expect.arrayContaining(['Frammøtte', 'Forfall', 'Saker', 'Oppfølging']),
    )
    const [attendeeTable, followUp] = tablesOf(document)
    expect(attendeeTable?.rows[0]).toEqual(['Namn', 'Organisasjon'])
    expect(attendeeTable?.rows).toContainEqual([
      'Eli Arnkværn Bryhni (møteleiar)',
      'Hamarregionen utvikling',
    ])
    expect(followUp?.rows[0]).toEqual(['Kva', 'Ansvarleg', 'Frist', 'Status'])
    expect(followUp?.rows).toContainEqual([
      '2. Sende notatet på høring til kommunene',
      'Øyvind Såtvedt',
      'uke 12',
      'Open',
    ])
    expect(texts.join('\n')).not.toMatch(/Sted|Navn|møteleder|vedtatt|Ansvarlig|Åpen/)
    expect(styles).toContain('<w:lang w:val="nn-NO"/>')
    expect(styles).not.toContain('nb-NO')
  })

  it('writes hostile strings as text, never as markup', async () => {
    const hostile = `<script>alert("x")</script> & 'q' <w:p>`
    const referat = exampleReferat({ title: hostile, location: hostile })
    referat.attendees[0] = { ...referat.attendees[0]!, name: hostile }
    referat.body.push(item('9.', hostile, [paragraph(run(hostile, { bold: true }))]))
    const { document, core, headers } = await unpack(referat)
    for (const xml of [document, core, headers]) expectWellFormed(xml)
    expect(document).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ')
    expect(document).not.toContain('<script>')
    expect(core).toContain('&lt;script&gt;')
    const texts = paragraphsOf(document).map((p) => p.text)
    expect(texts).toContain(`Referat: ${hostile}`)
    expect(texts).toContain(`Sted: ${hostile}`)
    expect(texts).toContain(`9. ${hostile}`)
    expect(texts).toContain(`${hostile} (møteleder)`)
    expect(texts.filter((t) => t === hostile)).toHaveLength(1)
  })
})
