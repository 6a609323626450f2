import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { attendee, type Attendee } from '../src/model/attendee'
import { meetingMeta } from '../src/protocol/meetingMeta'
import { renderMarkdown } from '../src/export/renderMarkdown'
import { toReferat } from '../src/referat/toReferat'
import { body, everyone, item, meta, nynorskMeta, people } from './support/exampleMeeting'

const person = (id: string, name: string): Attendee =>
  attendee.parse({ id, name, presence: 'present' })

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

  it('writes the header with group, date, time and place, marked as a draft', () => {
    expect(markdown).toContain('# Referat: Møte i Osloregionens Faggruppe for nærings samarbeid')
    expect(markdown).toContain('**UTKAST**')
    expect(markdown).toContain(
      '**Gruppe:** Osloregionen  \n**Tid:** torsdag 16. mars 2023 kl. 09:00–11:00  \n**Sted:** Oslo rådhus',
    )
    const endOnly = meetingMeta.parse({ ...meta, start: '', end: '11:00' })
    expect(renderMarkdown(toReferat(endOnly, [], body))).toContain('kl. –11:00')
  })

  it('lists attendees: a table of those present with the moderator marked, absences, the secretariat', () => {
    expect(markdown).toContain('| Eli Arnkværn Bryhni (møteleder) | Hamarregionen utvikling |')
    expect(markdown).toContain('## Forfall\n\n- Hanne Løkka, Frogn kommune')
    expect(markdown).toContain(
      '## Fra sekretariatet møtte\n\n- Øyvind Såtvedt, Osloregionen\n- Mari Strømsvåg, Osloregionen',
    )
  })

  it('writes the secretariat on one line when names say it all, and marks every other role', () => {
    const others: Attendee[] = [
      { ...person('s1', 'Øyvind Såtvedt'), role: 'secretariat' },
      { ...person('s2', 'Mari Strømsvåg'), role: 'secretariat' },
      { ...person('s3', 'Thelma Bay Bang'), role: 'secretariat', presence: 'absent' },
      { ...person('g1', 'Gro Gjest'), role: 'guest' },
      { ...person('v1', 'Vera Vara'), presence: 'substitute', substituteFor: 'm1' },
      { ...person('v2', 'Vidar Vara'), presence: 'substitute' },
      { ...person('m1', 'Mona Medlem, (Ap)'), presence: 'unknown' },
    ]
    const output = renderMarkdown(toReferat(meta, others, body))
    expect(output).toContain('## Fra sekretariatet møtte\n\nØyvind Såtvedt, Mari Strømsvåg\n')
    expect(output).toContain('## Forfall\n\n- Thelma Bay Bang (sekretariat)\n')
    expect(output).toContain('| Gro Gjest (gjest) |')
    expect(output).toContain('| Vera Vara (vara for Mona Medlem\\, \\(Ap\\)) |')
    expect(output).toContain('| Vidar Vara (vara) |')
    expect(output).toContain('## Innkalte\n\n- Mona Medlem\\, \\(Ap\\)\n')
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

  it('hides what Markdown cannot show in comments: kind, planned minutes, where an item ends', () => {
    const planned = item('p', 'Godkjenning av innkalling')
    planned.attrs = { id: 'p', kind: 'approval', plannedMinutes: 10 }
    const output = renderMarkdown(
      toReferat(meta, [], {
        type: 'doc',
        content: [planned, { type: 'paragraph', content: [{ type: 'text', text: 'Fritt.' }] }],
      }),
    )
    expect(output).toContain(
      '### 1. Godkjenning av innkalling\n<!-- referat: kind=approval minutes=10 -->\n\n<!-- referat: end of item -->\n\nFritt.',
    )
    expect(markdown).toContain(
      '#### b. Best-practice nettverk for medlemskommunene\n<!-- referat: kind=orientation -->\n\n<!-- referat: end of sub-item -->\n\nSe [oversikten]',
    )
  })

  it('lists sub-items that are titles only as minutes do, "- a. Title"', () => {
    const sub = (t: string): JSONContent => ({
      type: 'subItem',
      attrs: { kind: 'discussion' },
      content: [{ type: 'agendaTitle', content: [{ type: 'text', text: t }] }],
    })
    const output = renderMarkdown(
      toReferat(meta, [], {
        type: 'doc',
        content: [
          item('t', 'Oppdatering', sub('Nasjonalt nettverk'), sub('Best-practice nettverk'), {
            type: 'paragraph',
            content: [{ type: 'text', text: 'Se egen presentasjon.' }],
          }),
        ],
      }),
    )
    expect(output).toContain(
      '### 1. Oppdatering\n\n- a. Nasjonalt nettverk\n- b. Best-practice nettverk\n\nSe egen presentasjon.',
    )
  })

  it('writes marks that Markdown would misread as HTML, and keeps line starts literal', () => {
    const runs = (...content: JSONContent[]) =>
      renderMarkdown(
        toReferat(meta, [], { type: 'doc', content: [{ type: 'paragraph', content }] }),
      )
    const bold = [{ type: 'bold' }]
    expect(
      runs({ type: 'text', text: 'Vedtak:', marks: bold }, { type: 'text', text: ' ok' }),
    ).toContain('\n<strong>Vedtak\\:</strong> ok\n')
    expect(
      runs({ type: 'text', text: 'fet ', marks: bold }, { type: 'text', text: 'tekst' }),
    ).toContain('<strong>fet </strong>tekst')
    expect(
      runs(
        { type: 'text', text: 'Se!' },
        { type: 'text', text: 'bilde', marks: [{ type: 'link', attrs: { href: 'https://x.no' } }] },
      ),
    ).toContain('Se\\![bilde](<https://x.no>)')
    expect(runs({ type: 'text', text: 'a. ikke en underSak' })).toContain(
      '\na\\. ikke en underSak\n',
    )
    expect(runs({ type: 'text', text: '--- ikke en linje' })).toContain('\n\\--- ikke en linje\n')
    expect(runs({ type: 'text', text: ' innrykk &amp; ' })).toContain(
      '\n&#32;innrykk \\&amp;&#32;\n',
    )
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

describe('renderMarkdown in nynorsk', () => {
  const output = renderMarkdown(toReferat(nynorskMeta, everyone, body))

  it('says nynorsk labels and dates, and marks the referat as nynorsk in a hidden comment', () => {
    expect(output).toContain(
      '# Referat: Møte i Osloregionens Faggruppe for nærings samarbeid\n\n<!-- referat: language=nn -->\n\n**UTKAST**',
    )
    expect(output).toContain(
      '**Gruppe:** Osloregionen  \n**Tid:** måndag 16. mars 2026 kl. 09:00–11:00  \n**Stad:** Oslo rådhus',
    )
    expect(output).toContain('## Frammøtte\n\n| Namn | Organisasjon |')
    expect(output).toContain('| Eli Arnkværn Bryhni (møteleiar) | Hamarregionen utvikling |')
    expect(output).toContain('| Jonas Olafsen (vara for Maria Hoff) | Lillestrøm kommune |')
    expect(output).toContain('| Gro Gjest (gjest) |')
    expect(output).toContain('## Forfall\n\n- Hanne Løkka, Frogn kommune')
    expect(output).toContain('## Dessutan møtte\n\n- Trine Knobel, Gardemoregionen')
    expect(output).toContain('## Innkalla\n\n- Maria Hoff, Lillestrøm kommune')
    expect(output).toContain('## Frå sekretariatet møtte\n\n- Øyvind Såtvedt, Osloregionen')
    expect(output).toContain('> *(vedteke av Eli Arnkværn Bryhni, 7 for, 2 mot, 0 blanke)*')
    expect(output).toContain(
      '- [ ] **Oppfølging:** Sende notatet på høring til kommunene (Ansvarleg: Øyvind Såtvedt, Frist: uke 12)',
    )
    expect(output).toContain('## Oppfølging\n\n| Kva | Ansvarleg | Frist | Status |')
    expect(output).toContain('| Øyvind Såtvedt | uke 12 | Open |')
    expect(output).not.toMatch(
      /Sted|Navn|møteleder|Dessuten|Innkalte|Fra sekretariatet|vedtatt|Ansvarlig|Hva|Åpen/,
    )
  })

  it('writes no language comment for bokmål and English, whose words tell', () => {
    const english = meetingMeta.parse({ ...meta, language: 'en' })
    expect(renderMarkdown(toReferat(meta, people, body))).not.toContain('language=')
    expect(renderMarkdown(toReferat(english, people, body))).not.toContain('language=')
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
