import { describe, expect, it } from 'vitest'
import { formatMeetingTime } from '../src/export/formatMeetingTime'
import { localeOf } from '../src/protocol/localeOf'
import { LANGUAGES, meetingMeta } from '../src/protocol/meetingMeta'

const base = { title: 'Møte', date: '2026-03-16', start: '09:00', end: '11:00' }

describe('the meeting language', () => {
  it('is bokmål, nynorsk or English, bokmål by default; anything else is refused', () => {
    expect(LANGUAGES).toEqual(['nb', 'nn', 'en'])
    expect(meetingMeta.parse(base).language).toBe('nb')
    expect(meetingMeta.parse({ ...base, language: 'nn' }).language).toBe('nn')
    expect(meetingMeta.parse({ ...base, language: 'en' }).language).toBe('en')
    for (const language of ['de', 'no', 'nn-NO', 'NN', '']) {
      expect(meetingMeta.safeParse({ ...base, language }).success, language).toBe(false)
    }
  })

  it('has a locale for dates and document languages', () => {
    expect(LANGUAGES.map(localeOf)).toEqual(['nb-NO', 'nn-NO', 'en-GB'])
  })

  it('gives the meeting time in the meeting language, with nynorsk weekday names', () => {
    const time = (language: string) => formatMeetingTime(meetingMeta.parse({ ...base, language }))
    expect(time('nn')).toBe('måndag 16. mars 2026 kl. 09:00–11:00')
    expect(time('nb')).toBe('mandag 16. mars 2026 kl. 09:00–11:00')
    expect(time('en')).toMatch(/^Monday,? 16 March 2026 at 09:00–11:00$/)
    const saturday = meetingMeta.parse({
      ...base,
      date: '2026-03-21',
      start: '',
      end: '',
      language: 'nn',
    })
    expect(formatMeetingTime(saturday)).toBe('laurdag 21. mars 2026')
  })
})
