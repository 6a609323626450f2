import { describe, expect, it } from 'vitest'
import { parseMinutes } from '../src/import'
import { importError, minutes, textOf, topLevel } from './support/imported'

describe('parseMinutes: the head of the minutes', () => {
  it('takes the title from the first heading or bold line, without "Referat fra"', () => {
    expect(parseMinutes(minutes()).meta.title).toBe('Styremøte')
    expect(parseMinutes('**Referat fra møte i X-gruppen**\n\nTid: 16.03.2023').meta.title).toBe(
      'Møte i X-gruppen',
    )
    expect(parseMinutes('# Referat: Referat fra møte i X\n\nTid: 16.03.2023').meta.title).toBe(
      'Referat fra møte i X',
    )
    expect(parseMinutes('Styremøte i X\nTid: 16.03.2023').meta.title).toBe('Styremøte i X')
  })

  it('reads date, time, place and group in Norwegian and English forms', () => {
    const ours = parseMinutes(
      '# Referat: Møte\n\n**Gruppe:** Osloregionen  \n**Tid:** torsdag 16. mars 2023 kl. 09:00–11:00  \n**Sted:** Oslo rådhus',
    )
    expect(ours.meta).toMatchObject({
      group: 'Osloregionen',
      date: '2023-03-16',
      start: '09:00',
      end: '11:00',
      location: 'Oslo rådhus',
      language: 'nb',
    })
    const english = parseMinutes(
      '# Minutes: Board meeting\n\n**Time:** Thursday 16 March 2023 at 09:00–11:00  \n**Place:** City hall',
    )
    expect(english.meta).toMatchObject({
      title: 'Board meeting',
      date: '2023-03-16',
      start: '09:00',
      end: '11:00',
      location: 'City hall',
      language: 'en',
    })
    const other = parseMinutes('# Møte\n\nDato: 2023-03-16\nTid: kl 9-11.30\nMøtested: Rådhuset')
    expect(other.meta).toMatchObject({ date: '2023-03-16', start: '09:00', end: '11:30' })
  })

  it('falls back to today for the date, and refuses a meeting without one', () => {
    expect(parseMinutes('# Møte\n\n1. Sak', { today: '2024-01-02' }).meta.date).toBe('2024-01-02')
    expect(importError('# Møte\n\n1. Sak').message).toMatch(/No meeting date found/)
    const invalid = importError('# Møte\n\nTid: 31.02.2023\n\n1. Sak')
    expect(invalid.line).toBe(3)
    expect(invalid.message).toBe('Line 3: "31.02.2023" is not a valid date.')
  })

  it('reads a pipe table with its moderator, substitutes and guests', () => {
    const meeting = parseMinutes(
      minutes(
        '| Navn | Organisasjon |',
        '| --- | --- |',
        '| Kari Nordmann (møteleder) | Asker kommune |',
        '| Per Hansen (vara for Ola Berg) | Bærum kommune |',
        '| Lise \\| Lie (gjest) | Oslo \\| Akershus |',
      ),
    )
    expect(
      meeting.attendees.map(({ name, organisation, role, presence, substituteFor }) => ({
        name,
        organisation,
        role,
        presence,
        substituteFor,
      })),
    ).toEqual([
      {
        name: 'Kari Nordmann',
        organisation: 'Asker kommune',
        role: 'moderator',
        presence: 'present',
        substituteFor: '',
      },
      {
        name: 'Per Hansen',
        organisation: 'Bærum kommune',
        role: 'member',
        presence: 'substitute',
        substituteFor: 'Ola Berg',
      },
      {
        name: 'Lise | Lie',
        organisation: 'Oslo | Akershus',
        role: 'guest',
        presence: 'present',
        substituteFor: '',
      },
    ])
  })

  it('reads "Forfall", "Dessuten møtte" and the secretariat as lines and lists', () => {
    const meeting = parseMinutes(
      minutes(
        '**Frammøtte:** Ola Berg (leder), Kari Nordmann',
        'Forfall: Hanne Løkka og Dag Aanensen (Drammen kommune)',
        '',
        '**Dessuten møtte:**',
        '',
        '- Per Hansen, Bærum kommune',
        '- Lise Lie (vara for Ola Berg)',
        '',
        'Sekretariat: Øyvind Såtvedt, Mari Strømsvåg og Thelma Bay Bang',
      ),
    )
    const people = meeting.attendees.map(
      (a) => `${a.name}|${a.organisation}|${a.role}|${a.presence}`,
    )
    expect(people).toEqual([
      'Ola Berg||moderator|present',
      'Kari Nordmann||member|present',
      'Hanne Løkka||member|absent',
      'Dag Aanensen|Drammen kommune|member|absent',
      'Per Hansen|Bærum kommune|member|alsoPresent',
      'Lise Lie||member|alsoPresent',
      'Øyvind Såtvedt||secretariat|present',
      'Mari Strømsvåg||secretariat|present',
      'Thelma Bay Bang||secretariat|present',
    ])
    const olaId = meeting.attendees[0]?.id
    expect(meeting.attendees[5]?.substituteFor).toBe(olaId)
  })

  it('gives the moderator and minute taker their roles from "Møteleder:" and "Referent:"', () => {
    const meeting = parseMinutes(
      minutes(
        'Møteleder: Kari Nordmann',
        'Referent: Per Hansen',
        '',
        'Til stede:',
        'Kari Nordmann, Asker kommune',
        'Ola Berg, Lier kommune',
      ),
    )
    expect(meeting.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Kari Nordmann', 'Asker kommune', 'moderator'],
      ['Ola Berg', 'Lier kommune', 'member'],
      ['Per Hansen', '', 'secretariat'],
    ])
  })

  it('reads English labels and marks', () => {
    const meeting = parseMinutes(
      [
        '# Minutes of the board meeting',
        '',
        'Date: 16 March 2023',
        '',
        '## Present',
        '',
        '- Ann Smith (chair), Oslo',
        '',
        'Apologies: Bob Jones',
        '',
        'Also present: Carl Berg',
        '',
        'Secretariat: Dana Li and Eva Moe',
        '',
        '## Items',
        '',
        '### Item 12/23 Budget',
      ].join('\n'),
    )
    expect(meeting.meta).toMatchObject({
      title: 'Board meeting',
      language: 'en',
      numbering: 'yearly',
      numberStart: 12,
    })
    expect(meeting.attendees.map((a) => [a.name, a.role, a.presence])).toEqual([
      ['Ann Smith', 'moderator', 'present'],
      ['Bob Jones', 'member', 'absent'],
      ['Carl Berg', 'member', 'alsoPresent'],
      ['Dana Li', 'secretariat', 'present'],
      ['Eva Moe', 'secretariat', 'present'],
    ])
  })

  it('reads nynorsk minutes as nynorsk by the words only nynorsk uses', () => {
    const meeting = parseMinutes(
      [
        '# Referat frå møte i faggruppa',
        '',
        'Måndag 16. mars 2026 frå 9 til 11',
        '',
        'Stad: Oslo rådhus',
        'Møteleiar: Kari Nordmann',
        '',
        '**Frammøtte:** Kari Nordmann, Ola Berg',
        'Dessutan møtte: Per Hansen (møtande vara for Lise Lie)',
        'Innkalla: Lise Lie',
        'Frå sekretariatet møtte: Øyvind Såtvedt',
        '',
        '## Saker til handsaming',
        '',
        '### 1. Godkjenning av innkalling',
      ].join('\n'),
    )
    expect(meeting.meta).toMatchObject({
      title: 'Møte i faggruppa',
      date: '2026-03-16',
      start: '09:00',
      end: '11:00',
      location: 'Oslo rådhus',
      language: 'nn',
    })
    expect(meeting.attendees.map((a) => [a.name, a.role, a.presence])).toEqual([
      ['Kari Nordmann', 'moderator', 'present'],
      ['Ola Berg', 'member', 'present'],
      ['Per Hansen', 'member', 'alsoPresent'],
      ['Lise Lie', 'member', 'unknown'],
      ['Øyvind Såtvedt', 'secretariat', 'present'],
    ])
    expect(meeting.attendees[2]?.substituteFor).toBe(meeting.attendees[3]?.id)
    expect(topLevel(meeting).map(textOf)).toEqual(['Godkjenning av innkalling'])
  })

  it('takes bokmål, or the language asked for, when only words both share tell Norwegian', () => {
    const text = (...lines: string[]) =>
      [
        '# Referat: Styremøte',
        '',
        'Tid: 16.03.2026',
        'Forfall: Ola Berg',
        ...lines,
        '',
        '## 1. Sak',
      ].join('\n')
    expect(parseMinutes(text()).meta.language).toBe('nb')
    expect(parseMinutes(text(), { language: 'nn' }).meta.language).toBe('nn')
    expect(parseMinutes(text(), { language: 'en' }).meta.language).toBe('nb')
    expect(parseMinutes(text('Sted: Rådhuset'), { language: 'nn' }).meta.language).toBe('nb')
    expect(parseMinutes(text('Stad: Rådhuset')).meta.language).toBe('nn')
  })

  it('keeps text it does not recognise, before the first item, as paragraphs', () => {
    const meeting = parseMinutes(
      minutes(
        'Møtet ble holdt på Teams.',
        '',
        'Forfall:',
        'Dette var et kort møte.',
        '',
        '## 1. Sak',
      ),
    )
    expect(topLevel(meeting).map(textOf)).toEqual([
      'Møtet ble holdt på Teams.',
      'Dette var et kort møte.',
      'Sak',
    ])
  })
})
