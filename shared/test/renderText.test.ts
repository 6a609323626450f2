import { describe, expect, it } from 'vitest'
import { renderText } from '../src/export/renderText'
import { toReferat } from '../src/referat/toReferat'
import { body, everyone, meta, nynorskMeta, people } from './support/exampleMeeting'

describe('renderText', () => {
  const text = renderText(toReferat(meta, people, body))

  it('is plain text for an e-mail, with the header, attendees and numbered items', () => {
    expect(text).not.toMatch(/[*#|<>]/)
    expect(
      text.startsWith('REFERAT: Møte i Osloregionens Faggruppe for nærings samarbeid\nUTKAST'),
    ).toBe(true)
    expect(text).toContain('Tid: torsdag 16. mars 2023 kl. 09:00–11:00')
    expect(text).toContain(
      'FRAMMØTTE\nEli Arnkværn Bryhni (møteleder), Hamarregionen utvikling\nDag Aanensen, Drammen kommune',
    )
    expect(text).toContain('FORFALL\nHanne Løkka, Frogn kommune')
    expect(text).toContain('1. Godkjenning av innkalling\n\nInnkallingen ble godkjent')
    expect(text).toContain('• Strøm\n• Talent/utenlandsk arbeidskraft')
    expect(text).toContain(
      'VEDTAK: Sekretariatet bearbeider notatet. (vedtatt av Eli Arnkværn Bryhni, 7 for, 2 mot, 0 blanke)',
    )
    expect(text).toContain(
      'ORIENTERINGER FRA SEKRETARIATET:\n\n3. Oppdatering på internasjonalt profileringsarbeid\n\na. Nasjonalt nettverk',
    )
    expect(text).toContain('Se oversikten (https://www.osloregionen.no/arrangementer/).')
    expect(text).toContain(
      'OPPFØLGING\n2. Sende notatet på høring til kommunene: Øyvind Såtvedt – uke 12 – Åpen',
    )
  })

  it('says nynorsk labels and dates for a nynorsk meeting', () => {
    const nn = renderText(toReferat(nynorskMeta, everyone, body))
    expect(
      nn.startsWith('REFERAT: Møte i Osloregionens Faggruppe for nærings samarbeid\nUTKAST'),
    ).toBe(true)
    expect(nn).toContain('Tid: måndag 16. mars 2026 kl. 09:00–11:00\nStad: Oslo rådhus')
    expect(nn).toContain('FRAMMØTTE\nEli Arnkværn Bryhni (møteleiar), Hamarregionen utvikling')
    expect(nn).toContain('DESSUTAN MØTTE\nTrine Knobel, Gardemoregionen')
    expect(nn).toContain('INNKALLA\nMaria Hoff, Lillestrøm kommune')
    expect(nn).toContain('FRÅ SEKRETARIATET MØTTE\nØyvind Såtvedt')
    expect(nn).toContain('(vedteke av Eli Arnkværn Bryhni, 7 for, 2 mot, 0 blanke)')
    expect(nn).toContain(
      'OPPFØLGING\n2. Sende notatet på høring til kommunene: Øyvind Såtvedt – uke 12 – Open',
    )
    expect(nn).not.toMatch(/Sted|møteleder|DESSUTEN|INNKALTE|FRA SEKRETARIATET MØTTE|vedtatt|Åpen/)
  })
})
