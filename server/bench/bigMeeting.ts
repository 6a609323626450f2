import { attendee, meetingMeta, toReferat, type Referat } from '@referat/shared'
import type { JSONContent } from '@tiptap/core'

const text = (t: string, marks?: JSONContent['marks']): JSONContent => ({
  type: 'text',
  text: t,
  ...(marks ? { marks } : {}),
})
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })

const SENTENCE =
  'Faggruppen drøftet saken grundig, og sekretariatet følger opp innspillene om ' +
  'næringsareal, kompetanse og samferdsel før neste møte i Osloregionen.'

/**
 * A long meeting for benchmarks: `items` agenda items, each with three paragraphs (bold text and a
 * link), a bullet list, a decided decision with a vote and an action item; 25 attendees.
 */
export function bigMeeting(items = 300): Referat {
  const meta = meetingMeta.parse({
    title: 'Faggruppe for næringssamarbeid – årsmøte',
    group: 'Osloregionen',
    date: '2026-03-16',
    start: '09:00',
    end: '15:00',
    location: 'Rådhuset, Lillestrøm',
    status: 'final',
    version: 1,
  })
  const attendees = Array.from({ length: 25 }, (_, i) =>
    attendee.parse({
      id: `a${i}`,
      name: `Deltaker Ærlig Østby ${i + 1}`,
      organisation: `Kommune ${i + 1}`,
      role: i === 0 ? 'moderator' : i > 22 ? 'secretariat' : 'member',
      presence: i % 7 === 3 ? 'absent' : 'present',
    }),
  )
  const content: JSONContent[] = Array.from({ length: items }, (_, i) => ({
    type: 'agendaItem',
    attrs: { id: `i${i}`, kind: 'discussion', plannedMinutes: 10 },
    content: [
      { type: 'agendaTitle', content: [text(`Sak nummer ${i + 1}: næringspolitisk oppfølging`)] },
      p(text('Innledning: ', [{ type: 'bold' }]), text(SENTENCE)),
      p(
        text(SENTENCE),
        text(' Se presentasjonen', [{ type: 'link', attrs: { href: 'https://example.org/p' } }]),
        text('.'),
      ),
      {
        type: 'bulletList',
        content: ['strøm og nett', 'talent og arbeidskraft', 'statlige virkemidler'].map((t) => ({
          type: 'listItem',
          content: [p(text(t))],
        })),
      },
      p(text(SENTENCE)),
      {
        type: 'decision',
        attrs: {
          id: `d${i}`,
          state: 'decided',
          decidedBy: 'Deltaker Ærlig Østby 1',
          decidedAt: '2026-03-16T10:00:00.000Z',
          votesFor: 12,
          votesAgainst: 3,
          votesBlank: 1,
        },
        content: [
          p(
            text(
              'Faggruppen slutter seg til sekretariatets forslag med de endringer som kom fram i møtet.',
            ),
          ),
        ],
      },
      {
        type: 'actionItem',
        attrs: { id: `t${i}`, assignee: 'a2', due: 'uke 12', done: i % 3 === 0 },
        content: [text('Sende oppdatert notat på høring til kommunene')],
      },
    ],
  }))
  return toReferat(meta, attendees, { type: 'doc', content })
}
