import { LANGUAGES } from '@referat/shared'
import { describe, expect, it } from 'vitest'
import { formatClock } from '../src/format/formatClock'
import { formatDate } from '../src/format/formatDate'
import { chooseUiLanguage } from '../src/i18n/chooseUiLanguage'
import { dictionaries } from '../src/i18n/dictionaries'
import { documentLabels } from '../src/i18n/documentLabels'
import { en } from '../src/i18n/en'
import { nb } from '../src/i18n/nb'
import { nn } from '../src/i18n/nn'

const shape = (messages: object) =>
  Object.entries(messages)
    .map(([key, value]) => `${key}: ${Array.isArray(value) ? 'array' : typeof value}`)
    .sort()

describe('the UI dictionaries', () => {
  it('have one for every language, with the same keys and kinds of value', () => {
    expect(Object.keys(dictionaries).sort()).toEqual([...LANGUAGES].sort())
    expect(dictionaries.nn).toBe(nn)
    expect(Object.keys(nn).sort()).toEqual(Object.keys(nb).sort())
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort())
    expect(shape(nn)).toEqual(shape(nb))
    expect(shape(en)).toEqual(shape(nb))
    for (const language of LANGUAGES) {
      expect(Object.keys(documentLabels[language]).sort(), language).toEqual(
        Object.keys(documentLabels.nb).sort(),
      )
    }
  })

  it('name every language in its own words, the same in each dictionary', () => {
    for (const messages of [nb, nn, en]) {
      expect([messages.languageNb, messages.languageNn, messages.languageEn]).toEqual([
        'Norsk (bokmål)',
        'Norsk (nynorsk)',
        'English',
      ])
    }
    expect(documentLabels.nn).toMatchObject({ assignee: 'Ansvarleg', decisionDecided: 'Vedtak' })
  })
})

describe('the UI language', () => {
  it('is the one chosen, else the meeting language, else bokmål', () => {
    expect(chooseUiLanguage('nn', 'en')).toBe('nn')
    expect(chooseUiLanguage('en', 'nn')).toBe('en')
    expect(chooseUiLanguage(null, 'nn')).toBe('nn')
    expect(chooseUiLanguage('de', 'nn')).toBe('nn')
    expect(chooseUiLanguage('de', undefined)).toBe('nb')
    expect(chooseUiLanguage(null, undefined)).toBe('nb')
  })
})

describe('dates and times in the UI language', () => {
  it('writes nynorsk weekday names for nynorsk', () => {
    expect(formatDate('2026-03-16', 'nn')).toBe('måndag 16. mars 2026')
    expect(formatDate('2026-03-17', 'nn')).toBe('tysdag 17. mars 2026')
    expect(formatDate('2026-03-16', 'nb')).toBe('mandag 16. mars 2026')
    expect(formatDate('2026-03-16', 'en')).toMatch(/^Monday,? 16 March 2026$/)
    expect(formatDate('2026-03-16', 'nn', 'medium')).toBe('16. mars 2026')
  })

  it('writes a 24-hour clock in every language', () => {
    const nine = new Date(2026, 2, 16, 9, 5).toISOString()
    for (const language of LANGUAGES) expect(formatClock(nine, language), language).toBe('09:05')
  })
})
