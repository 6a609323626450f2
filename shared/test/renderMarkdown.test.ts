import { describe, expect, it } from 'vitest'
import { meetingMeta } from '../src/protocol/meetingMeta'
import { renderMarkdown } from '../src/export/renderMarkdown'
import { toReferat } from '../src/referat/toReferat'
import { body, item, meta, people } from './support/exampleMeeting'

describe('toReferat', () => {
  it('numbers items across section headings, letters sub-items and resolves responsible people', () => {
    const referat = toReferat(meta, people, body)
    const items = referat.body.filter((part) => part.type === 'item')
    expect(items.map((i) => i.label)).toEqual(['1.', '2.', '3.'])
    const third = items[2]
    expect(third?.blocks.filter((b) => b.type === 'item').map((b) => b.label)).toEqual(['a.', 'b.'])
    const action = items[1]?.blocks.find((b) => b.type === 'actionItem')
    expect(action).toMatchObject({ assignee: 'Øyvind Såtvedt', due: 'uke 12', done: false })
  })

  it('numbers cases through the year in yearly style', () => {
    const yearly = meetingMeta.parse({ ...meta, numbering: 'yearly', numberStart: 38 })
    const labels = toReferat(yearly, [], body).body.flatMap((part) =>
      part.type === 'item' ? [part.label] : [],
    )
    expect(labels).toEqual(['Sak 38/23', 'Sak 39/23', 'Sak 40/23'])
  })
})

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(toReferat(meta, people, body))

  it('writes the header with date, time and place, marked as a draft', () => {
    expect(markdown).toContain('# Referat: Møte i Osloregionens Faggruppe for nærings samarbeid')
    expect(markdown).toContain('**UTKAST**')
    expect(markdown).toContain('**Tid:** torsdag 16. mars 2023 kl. 09:00–11:00')
    expect(markdown).toContain('**Sted:** Oslo rådhus')
  })

  it('lists attendees: a table of those present with the moderator marked, absences, the secretariat', () => {
    expect(markdown).toContain('| Eli Arnkværn Bryhni (møteleder) | Hamarregionen utvikling |')
    expect(markdown).toContain('## Forfall\n\n- Hanne Løkka, Frogn kommune')
    expect(markdown).toContain('## Fra sekretariatet møtte\n\nØyvind Såtvedt, Mari Strømsvåg')
  })

  it('writes items as numbered headings with their text, lists, decisions and action items', () => {
    expect(markdown).toContain('### 1. Godkjenning av innkalling\n\nInnkallingen ble godkjent')
    expect(markdown).toContain('Faggruppen var **generelt positiv** til utkastet.')
    expect(markdown).toContain('- Strøm\n- Talent/utenlandsk arbeidskraft')
    expect(markdown).toContain('> **Vedtak:** Sekretariatet bearbeider notatet.')
    expect(markdown).toContain('> *(vedtatt av Eli Arnkværn Bryhni, 7 for, 2 mot, 0 blanke)*')
    expect(markdown).toContain(
      '- [ ] **Oppfølging:** Sende notatet på høring til kommunene (Ansvarlig: Øyvind Såtvedt, Frist: uke 12)',
    )
    expect(markdown).toContain('## Orienteringer fra sekretariatet:\n\n### 3. Oppdatering')
    expect(markdown).toContain('#### a. Nasjonalt nettverk for internasjonal arbeidskraft')
    expect(markdown).toContain('Se [oversikten](<https://www.osloregionen.no/arrangementer/>).')
  })

  it('ends with a follow-up table', () => {
    expect(markdown).toContain('## Oppfølging\n\n| Hva | Ansvarlig | Frist | Status |')
    expect(markdown).toContain(
      '| 2. Sende notatet på høring til kommunene | Øyvind Såtvedt | uke 12 | Åpen |',
    )
  })

  it('escapes every user string', () => {
    const hostile = meetingMeta.parse({
      ...meta,
      title: '<img src=x onerror=alert(1)> *fet* | [lenke](javascript:x)',
    })
    const output = renderMarkdown(
      toReferat(hostile, [], { type: 'doc', content: [item('i', '# ikke overskrift')] }),
    )
    expect(output).toContain(
      '# Referat: \\<img src=x onerror=alert(1)\\> \\*fet\\* \\| \\[lenke\\](javascript:x)',
    )
    expect(output).toContain('### 1. \\# ikke overskrift')
  })

  it('says English labels for an English meeting and the version of a final one', () => {
    const english = meetingMeta.parse({ ...meta, language: 'en', status: 'final', version: 2 })
    const output = renderMarkdown(toReferat(english, people, body))
    expect(output).toContain('# Minutes: ')
    expect(output).toContain('*Version 2*')
    expect(output).toMatch(/\*\*Time:\*\* Thursday,? 16 March 2023 at 09:00–11:00/)
    expect(output).toContain('## Apologies')
    expect(output).not.toContain('UTKAST')
  })
})

describe('escapeMarkdown', () => {
  it('keeps text literal, including list markers at the start', async () => {
    const { escapeMarkdown } = await import('../src/export/escapeMarkdown')
    expect(escapeMarkdown('- ikke en liste')).toBe('\\- ikke en liste')
    expect(escapeMarkdown('12. ikke nummerert')).toBe('12\\. ikke nummerert')
    expect(escapeMarkdown('2023 var et godt år')).toBe('2023 var et godt år')
    expect(escapeMarkdown('a_b*c [d] <e> | #f')).toBe('a\\_b\\*c \\[d\\] \\<e\\> \\| \\#f')
  })
})
