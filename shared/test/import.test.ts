import { describe, expect, it } from 'vitest'
import { renderText } from '../src/export/renderText'
import { parseMinutes } from '../src/import'
import { toReferat } from '../src/referat/toReferat'
import exampleReferat from './fixtures/example-referat.md?raw'
import { importError, itemBody, items, textOf, titleOf, topLevel } from './support/imported'

describe('parseMinutes: the example referat', () => {
  const meeting = parseMinutes(exampleReferat)

  it('reads the title, date and time', () => {
    expect(meeting.meta).toMatchObject({
      title: 'Møte i Osloregionens Faggruppe for nærings samarbeid',
      group: '',
      date: '2023-03-16',
      start: '09:00',
      end: '11:00',
      language: 'nb',
      numbering: 'plain',
    })
  })

  it('reads the attendee table with its moderator and duplicates, and the secretariat', () => {
    const members = meeting.attendees.filter((a) => a.role !== 'secretariat')
    expect(members).toHaveLength(21)
    expect(members.every((a) => a.presence === 'present')).toBe(true)
    expect(members.filter((a) => a.role === 'moderator')).toEqual([
      expect.objectContaining({
        name: 'Eli Arnkværn Bryhni',
        organisation: 'Hamarregionen utvikling',
      }),
    ])
    expect(members.filter((a) => a.name === 'Asbjørn Flo').map((a) => a.organisation)).toEqual([
      'Asker kommune',
      'Asker',
    ])
    expect(members[10]).toMatchObject({
      name: 'Terje Pettersen',
      organisation: 'Mosseregionen/Moss kommune',
    })
    const secretariat = meeting.attendees.filter((a) => a.role === 'secretariat')
    expect(secretariat.map((a) => [a.name, a.presence])).toEqual([
      ['Øyvind Såtvedt', 'present'],
      ['Mari Strømsvåg', 'present'],
      ['Thelma Bay Bang', 'present'],
    ])
  })

  it('reads the 16 agenda items, numbered 1–16, with the section heading before item 6', () => {
    const referat = toReferat(meeting.meta, meeting.attendees, meeting.body)
    const numbered = referat.body.flatMap((part) => (part.type === 'item' ? [part] : []))
    expect(numbered.map((item) => item.label)).toEqual(
      Array.from({ length: 16 }, (_, i) => `${i + 1}.`),
    )
    expect(numbered.map((item) => item.title)).toEqual([
      'Godkjenning av innkalling',
      'Godkjenning av referat fra møtet 19.01.23',
      'Næringspolitisk posisjonsnotat for Osloregionen',
      'Høringsnotat til NOU 2022: 18 Mellom mobilitet og migrasjon',
      'Batterinettverket – kort status',
      'BEST-konferansen 8. juni',
      'Nor-shipping uke 23',
      'Møte i Osloregionens internasjonale advisory board 16. – 17. februar',
      'Team Oslo samling 3. mars',
      'Oppdatering på internasjonalt profileringsarbeid og talentattraksjon',
      'Podcast om arbeidsinnvandring',
      'Næringspolitisk webinar',
      'Arendalsuka – vi deltar, hvem andre?',
      'Andre næringspolitiske arrangementer oversikt – er det noen vi mangler?',
      'Felles faggruppesamling 30. – 31 august 2023',
      'Eventuelt',
    ])
    const parts = referat.body.map((part) =>
      part.type === 'item' ? part.label : part.type === 'section' ? `§ ${part.title}` : part.type,
    )
    expect(parts.slice(0, 2)).toEqual(['paragraph', '1.'])
    expect(parts[parts.indexOf('5.') + 1]).toBe('§ Orienteringer fra sekretariatet:')
    expect(parts[parts.indexOf('5.') + 2]).toBe('6.')
  })

  it('gives item 10 its sub-items a–d and keeps the text after them in the item', () => {
    const tenth = items(meeting)[9]
    const children = tenth?.content?.slice(1) ?? []
    expect(children.map((child) => child.type)).toEqual([
      'subItem',
      'subItem',
      'subItem',
      'subItem',
      'paragraph',
    ])
    expect(children.slice(0, 4).map(titleOf)).toEqual([
      'Nasjonalt nettverk for internasjonal arbeidskraft',
      'Best-practice nettverk for medlemskommunene',
      'Oslopolititan oppdatering',
      'Osloregionens Internasjonal arbeidskraft strategi – innspill',
    ])
    expect(textOf(children[4])).toBe('Sekretariatet orienterte. Se egen presentasjon.')
  })

  it('keeps links, autolinks and hard breaks; an unsafe link keeps its text', () => {
    const [first] = topLevel(meeting)
    expect(first).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Presentasjoner fra møtet finner man her' }],
    })
    const links = itemBody(meeting, 13)[0]?.content ?? []
    expect(links.map((node) => node.type)).toEqual(['text', 'text', 'hardBreak', 'text', 'text'])
    expect(links[1]).toMatchObject({
      text: 'https://www.osloregionen.no/arrangementer-i-osloregionen/',
      marks: [
        {
          type: 'link',
          attrs: { href: 'https://www.osloregionen.no/arrangementer-i-osloregionen/' },
        },
      ],
    })
    const third = itemBody(meeting, 2).map(textOf)
    expect(third).toContain(
      'Godsterminalstruktur er viktig på logistikksiden. Transport og terminaler, avlaste Alnabru.Utfordre oss til å bli spissere.',
    )
    const broken = itemBody(meeting, 2).find((node) => textOf(node).startsWith('Godsterminal'))
    expect(broken?.content?.map((node) => node.type)).toEqual(['text', 'hardBreak', 'text'])
  })

  it('drops no text: every sentence of the file is in the imported meeting', () => {
    const imported = renderText(toReferat(meeting.meta, meeting.attendees, meeting.body))
    const normalise = (text: string) =>
      text.toLocaleLowerCase('nb').replace(/\s+/g, ' ').replace(/:$/, '').trim()
    const haystack = normalise(imported)
    // The title and time lines become the header, the table's header row names its columns.
    const structural = new Set([
      '**Referat fra møte i Osloregionens Faggruppe for nærings samarbeid**',
      'Tid: Torsdag 16.03.2023 kl. 09.00 – 11.00',
      'NAVN\tKOMMUNE / REGION',
    ])
    const missing: string[] = []
    for (const line of exampleReferat.split('\n')) {
      if (structural.has(line.trim())) continue
      const stripped = line
        .replace(/^#+\s*/, '')
        .replace(/^- /, '')
        .replace(/\]\([^)]*\)/g, '\n')
        .replace(/[*[\]<>]/g, '\n')
      for (const part of stripped.split(/[\t\n]|(?<=[.!?])\s+/)) {
        const sentence = normalise(part)
        if (/\p{L}/u.test(sentence) && !haystack.includes(sentence)) missing.push(sentence)
      }
    }
    expect(missing).toEqual([])
  })
})

describe('parseMinutes: what it refuses', () => {
  it('refuses an empty file', () => {
    expect(importError('').message).toBe('The file is empty: there is nothing to import.')
    expect(importError(' \n\t\n').line).toBeNull()
  })

  it('refuses a binary file, with the line of the first NUL byte', () => {
    const error = importError('# Møte\nTid: 16.03.2023\n\u0000\u0001PK')
    expect(error.message).toMatch(/binary file/)
    expect(error.line).toBe(3)
  })

  it('refuses text that was not UTF-8', () => {
    const error = importError('# M\ufffdte\nTid: 16.03.2023\nFrammøtte: K\ufffdre, \ufffdse')
    expect(error.message).toMatch(/not UTF-8/)
    expect(error.line).toBe(1)
  })

  it('refuses more than 2 MB', () => {
    const big = `# Møte\nTid: 16.03.2023\n${'Lang tekst. '.repeat(200_000)}`
    expect(importError(big).message).toMatch(/too large/)
  })

  it('refuses a file without a title or without anything that makes it a meeting', () => {
    expect(importError('1. Sak\n\nTid: 16.03.2023').message).toMatch(/No title found/)
    expect(importError('# Handleliste\n\nMelk og brød.').message).toMatch(
      /does not look like minutes/,
    )
  })

  it('refuses quotes or lists nested more than 40 levels deep, naming the line', () => {
    const quotes = importError(`# Møte\nTid: 16.03.2023\n\n${'>'.repeat(100_000)} dypt`)
    expect(quotes.message).toMatch(/nested more than 40 levels/)
    expect(quotes.line).toBe(4)
    const lists = importError(`# Møte\nTid: 16.03.2023\n\n${'> - '.repeat(20_000)}x`)
    expect(lists.message).toMatch(/nested more than 40 levels/)
    // 40 levels are fine.
    const fine = parseMinutes(`# Møte\nTid: 16.03.2023\n\n${'> '.repeat(40)}dypt nok`)
    expect(textOf(fine.body)).toContain('dypt nok')
  })

  it('reads a long paragraph of unclosed link starts as text, in linear time', () => {
    // Each "](" used to scan to the end of the paragraph: quadratic, minutes for 2 MB.
    const meeting = parseMinutes(`# Møte\nTid: 16.03.2023\n\n${'[a]('.repeat(200_000)}`)
    expect(textOf(meeting.body)).toContain('[a]([a](')
  })

  it('names the line of a title that is too long', () => {
    const error = importError(`# ${'Lang '.repeat(80)}\n\nTid: 16.03.2023`)
    expect(error.line).toBe(1)
  })
})
