import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../src/export/renderMarkdown'
import { parseMinutes } from '../src/import'
import { getReferatSchema } from '../src/model/getReferatSchema'
import { meetingMeta } from '../src/protocol/meetingMeta'
import { toReferat } from '../src/referat/toReferat'
import exampleReferat from './fixtures/example-referat.md?raw'
import { arbitraryMeeting } from './support/arbitraryMeeting'
import { body, everyone, item, meta, nynorskMeta, people } from './support/exampleMeeting'
import { normaliseMeeting, type Meeting } from './support/normaliseMeeting'

const exported = (meeting: Meeting) =>
  renderMarkdown(toReferat(meeting.meta, meeting.attendees, meeting.body))

/** Export as Markdown, import again. */
const roundTrip = (meeting: Meeting) => parseMinutes(exported(meeting))

describe('Markdown export then import', () => {
  it('gives back the example meeting', () => {
    const meeting = { meta, attendees: people, body }
    const back = roundTrip(meeting)
    expect(normaliseMeeting(back)).toEqual(normaliseMeeting(meeting))
    expect(() => getReferatSchema().nodeFromJSON(back.body).check()).not.toThrow()
  })

  it('gives back the imported example referat, and exports it the same again', () => {
    const imported = parseMinutes(exampleReferat)
    const back = roundTrip(imported)
    expect(normaliseMeeting(back)).toEqual(normaliseMeeting(imported))
    expect(exported(back)).toBe(exported(imported))
  })

  it('gives back a nynorsk meeting, told from bokmål by its hidden comment or by its words', () => {
    const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
    const unanimous = item(
      'i4',
      'Eventuelt',
      {
        type: 'decision',
        attrs: { id: 'd2', state: 'decided' },
        content: [paragraph('Godkjent.')],
      },
      {
        type: 'actionItem',
        attrs: { id: 'x2', assignee: 'a6', due: '1. april', done: true },
        content: [{ type: 'text', text: 'Sende referatet' }],
      },
    )
    const meeting = {
      meta: nynorskMeta,
      attendees: everyone,
      body: { ...body, content: [...(body.content ?? []), unanimous] },
    }
    const markdown = exported(meeting)
    expect(markdown).toContain('> *(samrøystes)*')
    expect(markdown).toContain('(Ansvarleg: Trine Knobel, Frist: 1. april)')
    const back = parseMinutes(markdown)
    expect(back.meta.language).toBe('nn')
    expect(normaliseMeeting(back)).toEqual(normaliseMeeting(meeting))
    expect(exported(back)).toBe(markdown)

    // Without the comment, the words only nynorsk uses ("Stad", "Dessutan møtte", "Kva") tell.
    const uncommented = markdown.replace('<!-- referat: language=nn -->\n\n', '')
    expect(uncommented).not.toContain('language=')
    expect(normaliseMeeting(parseMinutes(uncommented))).toEqual(normaliseMeeting(meeting))
    // The same meeting in bokmål stays bokmål.
    const bokmaal = { ...meeting, meta: meetingMeta.parse({ ...nynorskMeta, language: 'nb' }) }
    expect(normaliseMeeting(roundTrip(bokmaal))).toEqual(normaliseMeeting(bokmaal))
  })

  it('keeps a bare nynorsk meeting, whose words bokmål shares, nynorsk by the comment', () => {
    const bare = {
      meta: meetingMeta.parse({ title: 'Styremøte', date: '2026-03-18', language: 'nn' }),
      attendees: [],
      body: { type: 'doc', content: [item('i1', 'Godkjenning av innkalling')] },
    }
    expect(normaliseMeeting(roundTrip(bare))).toEqual(normaliseMeeting(bare))
    const uncommented = exported(bare).replace('<!-- referat: language=nn -->\n\n', '')
    expect(parseMinutes(uncommented).meta.language).toBe('nb')
    expect(parseMinutes(uncommented, { language: 'nn' }).meta.language).toBe('nn')
  })

  it('gives back any meeting (property)', () => {
    fc.assert(
      fc.property(arbitraryMeeting, (meeting) => {
        const markdown = exported(meeting)
        const back = parseMinutes(markdown)
        expect(normaliseMeeting(back), markdown).toEqual(normaliseMeeting(meeting))
      }),
      { numRuns: 200 },
    )
  })
})
