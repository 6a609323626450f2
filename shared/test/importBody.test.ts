import { describe, expect, it } from 'vitest'
import { parseMinutes } from '../src/import'
import { itemBody, items, minutes, textOf, titleOf, topLevel } from './support/imported'

describe('parseMinutes: agenda items', () => {
  it('reads numbered headings with or without bold, and "# Saker" as a divider', () => {
    const meeting = parseMinutes(
      minutes('# Saker', '', '## 1. Første', '', '#### **2. Andre**', '', '## **3.** Tredje'),
    )
    expect(items(meeting).map(titleOf)).toEqual(['Første', 'Andre', 'Tredje'])
    expect(topLevel(meeting)).toHaveLength(3)
  })

  it('reads "3. TITLE" lines of plain-text minutes as items, a list restarting at 1 as a list', () => {
    const meeting = parseMinutes(
      [
        'Referat fra styremøte',
        'Tid: 16.03.2023',
        '',
        '1. GODKJENNING AV INNKALLING',
        'Innkallingen ble godkjent.',
        '2. BUDSJETT',
        'Vi gikk gjennom:',
        '1. Inntekter',
        '2. Utgifter',
        '',
        '3. EVENTUELT',
      ].join('\n'),
    )
    expect(items(meeting).map(titleOf)).toEqual([
      'GODKJENNING AV INNKALLING',
      'BUDSJETT',
      'EVENTUELT',
    ])
    expect(itemBody(meeting, 1).map((node) => node.type)).toEqual(['paragraph', 'orderedList'])
  })

  it('keeps the lines of plain-text minutes, with decisions and follow-ups on their own lines', () => {
    const meeting = parseMinutes(
      [
        'Styremøte',
        'Dato: 04.04.2023',
        '',
        'Sak 12/23 Godkjenning',
        'Innstilling: Innkallingen godkjennes.',
        'Vedtak: Enstemmig godkjent.',
        '',
        'Sak 13/23 Økonomi',
        'Daglig leder orienterte.',
        'Regnskapet er i balanse.',
        '• Inntekter som budsjettert',
        'Oppfølging: Sende rapporten (Ansvarlig: Per, Frist: 15. april)',
      ].join('\n'),
    )
    expect(itemBody(meeting, 0).map((node) => [node.type, node.attrs?.state])).toEqual([
      ['decision', 'proposed'],
      ['decision', 'decided'],
    ])
    const [paragraph, list, action] = itemBody(meeting, 1)
    expect(paragraph?.content?.map((node) => node.type)).toEqual(['text', 'hardBreak', 'text'])
    expect(textOf(list)).toBe('Inntekter som budsjettert')
    expect(action).toMatchObject({
      type: 'actionItem',
      attrs: { assignee: 'Per', due: '15. april' },
    })
  })

  it('reads "Sak 38/25" items as yearly numbering starting at 38', () => {
    const meeting = parseMinutes(minutes('## Sak 38/25 Budsjett', '', '## Sak 39/25: Eventuelt'))
    expect(meeting.meta).toMatchObject({ numbering: 'yearly', numberStart: 38 })
    expect(items(meeting).map(titleOf)).toEqual(['Budsjett', 'Eventuelt'])
  })

  it('keeps plain numbering from the first item number', () => {
    expect(parseMinutes(minutes('## 4. Sak', '', '## 5. Sak')).meta).toMatchObject({
      numbering: 'plain',
      numberStart: 4,
    })
  })

  it('reads sub-items from lettered headings, lines and bullets', () => {
    const meeting = parseMinutes(
      minutes(
        '## 1. Headings',
        '### a. Første',
        'Tekst i a.',
        '### b) Andre',
        '## 2. Lines',
        'a. Første',
        'b. Andre',
        'tekst i b',
        '## 3. Bullets',
        '- a. Første**',
        '- b. Andre**',
        '',
        'Tekst i saken.',
      ),
    )
    const shape = (n: number) =>
      itemBody(meeting, n).map((node) =>
        node.type === 'subItem'
          ? `${titleOf(node)}: ${(node.content ?? []).slice(1).map(textOf).join('|')}`
          : textOf(node),
      )
    expect(shape(0)).toEqual(['Første: Tekst i a.', 'Andre: '])
    expect(shape(1)).toEqual(['Første: ', 'Andre: tekst i b'])
    expect(shape(2)).toEqual(['Første: ', 'Andre: ', 'Tekst i saken.'])
  })

  it('reads headings without a number as section headings, deeper ones in an item as bold text', () => {
    const meeting = parseMinutes(
      minutes(
        '## 1. Sak',
        '',
        '### Bakgrunn',
        '',
        'Tekst.',
        '',
        '## Orienteringer',
        '',
        '## 2. Sak',
      ),
    )
    expect(topLevel(meeting).map((node) => node.type)).toEqual([
      'agendaItem',
      'sectionHeading',
      'agendaItem',
    ])
    expect(itemBody(meeting, 0)[0]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Bakgrunn', marks: [{ type: 'bold' }] }],
    })
  })

  it('reads the kind and planned minutes our export hides in a comment', () => {
    const meeting = parseMinutes(
      minutes('### 1. Godkjenning', '<!-- referat: kind=approval minutes=15 -->', '', '### 2. Sak'),
    )
    expect(items(meeting).map((item) => item.attrs)).toMatchObject([
      { kind: 'approval', plannedMinutes: 15 },
      { kind: 'discussion', plannedMinutes: null },
    ])
  })
})

describe('parseMinutes: text in items', () => {
  const first = (...body: string[]) => itemBody(parseMinutes(minutes('## 1. Sak', '', ...body)))

  it('reads bold, italic, links and autolinks; drops unsafe links but keeps their text', () => {
    const [paragraph] = first(
      '**Fet** og *kursiv* og [lenke](https://example.no) og <https://x.no> og [farlig](javascript:alert(1)).',
    )
    expect(paragraph?.content).toEqual([
      { type: 'text', text: 'Fet', marks: [{ type: 'bold' }] },
      { type: 'text', text: ' og ' },
      { type: 'text', text: 'kursiv', marks: [{ type: 'italic' }] },
      { type: 'text', text: ' og ' },
      {
        type: 'text',
        text: 'lenke',
        marks: [{ type: 'link', attrs: expect.objectContaining({ href: 'https://example.no' }) }],
      },
      { type: 'text', text: ' og ' },
      {
        type: 'text',
        text: 'https://x.no',
        marks: [{ type: 'link', attrs: expect.objectContaining({ href: 'https://x.no' }) }],
      },
      { type: 'text', text: ' og farlig.' },
    ])
  })

  it('reads hard breaks (two spaces, backslash) and joins soft-wrapped lines', () => {
    const [paragraph] = first('En  ', 'to\\', 'tre', 'fire')
    expect(paragraph?.content).toEqual([
      { type: 'text', text: 'En' },
      { type: 'hardBreak' },
      { type: 'text', text: 'to' },
      { type: 'hardBreak' },
      { type: 'text', text: 'tre fire' },
    ])
  })

  it('reads bullet and ordered lists, nested', () => {
    const [bullets, ordered] = first(
      '- Strøm',
      '  1. Sol',
      '  2. Vind',
      '- Talent',
      '',
      '3. Tre',
      '4. Fire',
    )
    expect(bullets).toMatchObject({
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [{ type: 'paragraph' }, { type: 'orderedList', attrs: { start: 1 } }],
        },
        { type: 'listItem', content: [{ type: 'paragraph' }] },
      ],
    })
    expect(ordered).toMatchObject({ type: 'orderedList', attrs: { start: 3 } })
    expect(textOf(ordered)).toBe('TreFire')
  })

  it('reads decisions with their record, and proposals', () => {
    const [decided, unanimous, proposed, line] = first(
      '> **Vedtak:** Notatet sendes på høring.',
      '> *(vedtatt av Eli Bryhni, 7 for, 2 mot, 0 blanke)*',
      '',
      '> **Vedtak:** Godkjent.',
      '> *(enstemmig)*',
      '',
      '> **Forslag til vedtak:** Saken utsettes.',
      '>',
      '> Ny runde i mai.',
      '',
      'Vedtak: Innkallingen ble godkjent.',
    )
    expect(decided).toMatchObject({
      type: 'decision',
      attrs: {
        state: 'decided',
        decidedBy: 'Eli Bryhni',
        votesFor: 7,
        votesAgainst: 2,
        votesBlank: 0,
      },
    })
    expect(textOf(decided)).toBe('Notatet sendes på høring.')
    expect(unanimous).toMatchObject({
      attrs: { state: 'decided', decidedBy: null, votesFor: null },
    })
    expect(proposed).toMatchObject({ type: 'decision', attrs: { state: 'proposed' } })
    expect(proposed?.content?.map(textOf)).toEqual(['Saken utsettes.', 'Ny runde i mai.'])
    expect(line).toMatchObject({ type: 'decision', attrs: { state: 'decided' } })
    expect(textOf(line)).toBe('Innkallingen ble godkjent.')
  })

  it('reads nynorsk decision records: "vedteke av", "samrøystes"', () => {
    const [decided, unanimous] = first(
      '> **Vedtak:** Notatet blir sendt på høyring.',
      '> *(vedteke av Eli Bryhni, 7 for, 2 mot, 0 blanke)*',
      '',
      '> **Vedtak:** Godkjent.',
      '> *(samrøystes)*',
    )
    expect(decided).toMatchObject({
      attrs: { state: 'decided', decidedBy: 'Eli Bryhni', votesFor: 7, votesAgainst: 2 },
    })
    expect(textOf(decided)).toBe('Notatet blir sendt på høyring.')
    expect(unanimous).toMatchObject({ attrs: { state: 'decided', decidedBy: null } })
    expect(textOf(unanimous)).toBe('Godkjent.')
  })

  it('reads action items with the responsible person (an attendee) and deadline', () => {
    const meeting = parseMinutes(
      minutes(
        'Fra sekretariatet møtte: Øyvind Såtvedt',
        '',
        '## 1. Sak',
        '',
        '- [ ] **Oppfølging:** Sende notatet på høring (Ansvarlig: Øyvind Såtvedt, Frist: uke 12)',
        '- [x] Bestille lokale (Ansvarlig: Kari)',
        '- [ ] **Oppfølging:** Ringe (viktig)',
      ),
    )
    const [send, book, call] = itemBody(meeting)
    expect(send).toMatchObject({
      type: 'actionItem',
      attrs: { assignee: meeting.attendees[0]?.id, due: 'uke 12', done: false },
    })
    expect(textOf(send)).toBe('Sende notatet på høring')
    expect(book).toMatchObject({ attrs: { assignee: 'Kari', due: '', done: true } })
    expect(textOf(call)).toBe('Ringe (viktig)')
  })

  it('skips the follow-up table of our export, which repeats the action items', () => {
    const table = ['| Hva | Ansvarlig | Frist | Status |', '| --- | --- | --- | --- |']
    const ours = parseMinutes(
      minutes(
        '## 1. Sak',
        '',
        '- [ ] **Oppfølging:** Ringe',
        '',
        '## Oppfølging',
        '',
        ...table,
        '| 1. Ringe |  |  | Åpen |',
      ),
    )
    expect(topLevel(ours).map((node) => node.type)).toEqual(['agendaItem'])
    const other = parseMinutes(
      minutes('## 1. Sak', '', '## Oppfølging', '', ...table, '| Ringe | Kari |  | Åpen |'),
    )
    expect(topLevel(other).map(textOf)).toEqual([
      'Sak',
      'Oppfølging',
      'Hva | Ansvarlig | Frist | Status',
      'Ringe | Kari |  | Åpen',
    ])
  })

  it('reads nynorsk action items and skips the nynorsk follow-up table', () => {
    const meeting = parseMinutes(
      minutes(
        'Frå sekretariatet møtte: Øyvind Såtvedt',
        '',
        '## 1. Sak',
        '',
        '- [ ] **Oppfølging:** Sende notatet (Ansvarleg: Øyvind Såtvedt, Frist: veke 12)',
        '- [ ] Bestille lokale (Ansvarleg: Kari, Innan: 1. april)',
        '',
        '## Oppfølging',
        '',
        '| Kva | Ansvarleg | Frist | Status |',
        '| --- | --- | --- | --- |',
        '| 1. Sende notatet | Øyvind Såtvedt | veke 12 | Open |',
        '| 1. Bestille lokale | Kari | 1. april | Open |',
      ),
    )
    expect(topLevel(meeting).map((node) => node.type)).toEqual(['agendaItem'])
    const [send, book] = itemBody(meeting)
    expect(send).toMatchObject({
      type: 'actionItem',
      attrs: { assignee: meeting.attendees[0]?.id, due: 'veke 12', done: false },
    })
    expect(textOf(send)).toBe('Sende notatet')
    expect(book).toMatchObject({ attrs: { assignee: 'Kari', due: '1. april' } })
  })

  it('keeps quotes, code and comments it does not know as text', () => {
    const body = first('> Sitat', '', '```', 'kode *ikke fet*', '```', '', '<!-- notat -->')
    expect(body.map(textOf)).toEqual(['Sitat', 'kode *ikke fet*', 'notat'])
  })
})
