import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../src/export/renderMarkdown'
import { parseMinutes } from '../src/import'
import { getReferatSchema } from '../src/model/getReferatSchema'
import { toReferat } from '../src/referat/toReferat'
import exampleReferat from './fixtures/example-referat.md?raw'
import { arbitraryMeeting } from './support/arbitraryMeeting'
import { body, meta, people } from './support/exampleMeeting'
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
