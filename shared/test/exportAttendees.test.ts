import { describe, expect, it } from 'vitest'
import { renderHtml } from '../src/export/renderHtml'
import { renderMarkdown } from '../src/export/renderMarkdown'
import { renderText } from '../src/export/renderText'
import { attendee } from '../src/model/attendee'
import { toReferat } from '../src/referat/toReferat'
import { body, meta, people } from './support/exampleMeeting'

describe('attendees in every shared export', () => {
  const withMore = [
    ...people,
    attendee.parse({ id: 'v1', name: 'Vara Person', presence: 'substitute', substituteFor: 'a3' }),
    attendee.parse({ id: 'u1', name: 'Ikke Registrert', organisation: 'Grue kommune' }),
  ]
  const referat = toReferat(meta, withMore, body)

  it('resolves "vara for" to the name of the attendee it points to', () => {
    expect(referat.attendees.find((a) => a.id === 'v1')?.substituteFor).toBe('Hanne Løkka')
    for (const output of [renderHtml(referat), renderText(referat), renderMarkdown(referat)]) {
      expect(output).toContain('vara for Hanne Løkka')
      expect(output).not.toContain('vara for a3')
    }
  })

  it('lists people whose attendance was not recorded as invited instead of dropping them', () => {
    expect(renderHtml(referat)).toMatch(/Innkalte[\s\S]*Ikke Registrert/)
    expect(renderText(referat)).toMatch(/INNKALTE\nIkke Registrert, Grue kommune/)
    expect(renderMarkdown(referat)).toMatch(/## Innkalte[\s\S]*Ikke Registrert/)
  })
})
