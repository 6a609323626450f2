// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../src/export/renderHtml'
import { meetingMeta } from '../src/protocol/meetingMeta'
import { toReferat } from '../src/referat/toReferat'
import { body, everyone, item, meta, nynorskMeta, people } from './support/exampleMeeting'

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html')
}

describe('renderHtml', () => {
  const html = renderHtml(toReferat(meta, people, body))
  const doc = parse(html)

  it('is a standalone page in the meeting language with no script', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(doc.documentElement.getAttribute('lang')).toBe('nb')
    expect(doc.querySelectorAll('script')).toHaveLength(0)
    expect(html).toContain('@media print')
    expect(doc.querySelector('h1')?.textContent).toBe(
      'Referat: Møte i Osloregionens Faggruppe for nærings samarbeid',
    )
    expect(doc.querySelector('.status')?.textContent).toBe('UTKAST')
  })

  it('has an attendee table, numbered item headings, decisions set off and a follow-up table', () => {
    const tables = Array.from(doc.querySelectorAll('table'))
    expect(tables).toHaveLength(2)
    expect(tables[0]?.textContent).toContain('Eli Arnkværn Bryhni (møteleder)')
    expect(Array.from(doc.querySelectorAll('h3')).map((h) => h.textContent)).toEqual([
      '1. Godkjenning av innkalling',
      '2. Næringspolitisk posisjonsnotat for Osloregionen',
      '3. Oppdatering på internasjonalt profileringsarbeid',
    ])
    expect(Array.from(doc.querySelectorAll('h4')).map((h) => h.textContent)).toEqual([
      'a. Nasjonalt nettverk for internasjonal arbeidskraft',
      'b. Best-practice nettverk for medlemskommunene',
    ])
    const decision = doc.querySelector('aside.decision')
    expect(decision?.getAttribute('aria-label')).toBe('Vedtak')
    expect(decision?.textContent).toContain('Sekretariatet bearbeider notatet.')
    expect(tables[1]?.textContent).toContain('Sende notatet på høring til kommunene')
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.osloregionen.no/arrangementer/',
    )
  })

  it('escapes every user string and drops unsafe links', () => {
    const hostile = meetingMeta.parse({ ...meta, title: '<img src=x onerror=alert(1)>' })
    const evil = item('i', '<script>alert(1)</script>', {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          text: 'klikk',
          marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
        },
      ],
    })
    const output = renderHtml(
      toReferat(hostile, [{ ...people[0]!, name: '"><svg onload=x>' }], {
        type: 'doc',
        content: [evil],
      }),
    )
    const parsed = parse(output)
    expect(parsed.querySelectorAll('img, script, svg')).toHaveLength(0)
    expect(parsed.querySelector('h1')?.textContent).toBe('Referat: <img src=x onerror=alert(1)>')
    expect(parsed.querySelectorAll('a')).toHaveLength(0)
    expect(output).not.toContain('javascript:')
  })

  it('is in nynorsk, lang="nn", for a nynorsk meeting', () => {
    const nn = parse(renderHtml(toReferat(nynorskMeta, everyone, body)))
    expect(nn.documentElement.getAttribute('lang')).toBe('nn')
    expect(nn.querySelector('h1')?.textContent).toBe(
      'Referat: Møte i Osloregionens Faggruppe for nærings samarbeid',
    )
    const text = nn.body.textContent ?? ''
    expect(text).toContain('måndag 16. mars 2026 kl. 09:00–11:00')
    for (const label of [
      'Stad',
      'Namn',
      'Eli Arnkværn Bryhni (møteleiar)',
      'Dessutan møtte',
      'Innkalla',
      'Frå sekretariatet møtte',
      'vedteke av Eli Arnkværn Bryhni',
      'Ansvarleg',
      'Open',
    ]) {
      expect(text, label).toContain(label)
    }
    const tables = Array.from(nn.querySelectorAll('table'))
    expect(
      Array.from(tables.at(-1)?.querySelectorAll('th') ?? []).map((th) => th.textContent),
    ).toEqual(['Kva', 'Ansvarleg', 'Frist', 'Status'])
    expect(nn.querySelector('aside.decision')?.getAttribute('aria-label')).toBe('Vedtak')
    expect(text).not.toMatch(/Sted|Navn|møteleder|Dessuten|Innkalte|vedtatt|Ansvarlig|Åpen/)
  })
})
