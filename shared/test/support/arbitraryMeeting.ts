/**
 * fast-check arbitraries of whole meetings: realistic Norwegian and English minutes salted with
 * everything Markdown reads as markup (* _ # | [ ] < > ` \ & and line starts such as "1.", "-",
 * "a.", "Vedtak:"), for export → import round trips.
 */
import type { JSONContent } from '@tiptap/core'
import fc from 'fast-check'
import { attendee, ATTENDANCE, ATTENDEE_ROLES, type Attendee } from '../../src/model/attendee'
import { meetingMeta, LANGUAGES, MEETING_STATUSES } from '../../src/protocol/meetingMeta'
import { AGENDA_ITEM_KINDS } from '../../src/schema/agendaItemAttributes'
import type { Meeting } from './normaliseMeeting'

const WORDS = [
  'Møte',
  'i',
  'faggruppen',
  'næringspolitisk',
  'notat',
  'Oslo',
  'kommune',
  'og',
  'and',
  'uke',
  '12',
  '2023',
  'strøm',
  'Bærum',
  'Ålesund',
  'f.eks.',
  'bl.a.',
  'e-post',
  'sak',
  'vedtatt',
  'Referat',
  'fra',
  'Minutes',
]
const TRICKY = [
  '*',
  '**',
  '***',
  '_',
  '__',
  '#',
  '##',
  '|',
  '[',
  ']',
  '[ ]',
  '[x]',
  '<',
  '>',
  '<b>',
  '</em>',
  '<br>',
  '`',
  '``',
  '\\',
  '\\*',
  '&',
  '&amp;',
  '&#35;',
  '~',
  '-',
  '---',
  '+',
  '=',
  '===',
  '1.',
  '2)',
  'a.',
  'b)',
  '•',
  '–',
  '(',
  ')',
  '(møteleder)',
  '(vara for Ola)',
  '(Ansvarlig: Kari)',
  ':',
  'Vedtak:',
  'Oppfølging:',
  'Tid:',
  'Forfall:',
  'Saker',
  'Sak 38/25',
  '<!--',
  '-->',
  '<https://x.no>',
  '[a](https://x.no)',
  '*(enstemmig)*',
  '!',
  '"',
  "'",
  '.',
  ',',
  ';',
  '?',
  '/',
  'æøå',
  'ÆØÅ',
  'é',
  '«»',
  '—',
  '{}',
  '^',
  '%',
  '@',
  '😀',
  ' ',
  '\u00a0',
  '\u2003',
]
const CHARACTERS = [...'abcæøå ABCÆØÅ0123456789*_#|[]<>`\\&~-+=.()!:;,/']
const HREFS = [
  'https://www.osloregionen.no/arrangementer/',
  'https://example.com/a_b*c?q=(1)&r=[2]#x',
  'mailto:post@example.no',
  'https://x.no/sti med mellomrom',
  'https://x.no/<tag>\\back)',
  'http://æøå.no/',
]

const word = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  {
    weight: 2,
    arbitrary: fc.string({ unit: fc.constantFrom(...CHARACTERS), minLength: 1, maxLength: 6 }),
  },
)

/** Words joined by spaces (sometimes none), trimmed: possibly empty. */
const words = (minLength: number, maxLength: number) =>
  fc
    .array(fc.tuple(word, fc.constantFrom(' ', ' ', ' ', '')), { minLength, maxLength })
    .map((parts) =>
      parts
        .map(([w, space]) => w + space)
        .join('')
        .trim(),
    )

/** Non-empty text of a few words. */
const phrase = (maxWords = 6) => words(1, maxWords).map((text) => text || 'Ola')
/** Text of a line in running text: spaces at its ends now and then. */
const lineText = fc
  .tuple(phrase(8), fc.constantFrom('', '', '', ' ', '\u00a0'), fc.constantFrom('', '', '', ' '))
  .map(([text, before, after]) => before + text + after)

interface Marks {
  bold: boolean
  italic: boolean
  href: string | null
}

const marks: fc.Arbitrary<Marks> = fc.record({
  bold: fc.boolean(),
  italic: fc.boolean(),
  href: fc.option(fc.constantFrom(...HREFS), { freq: 4 }),
})

const textNode = (text: string, m: Marks): JSONContent => {
  const list = [
    ...(m.href ? [{ type: 'link', attrs: { href: m.href } }] : []),
    ...(m.bold ? [{ type: 'bold' }] : []),
    ...(m.italic ? [{ type: 'italic' }] : []),
  ]
  return list.length > 0 ? { type: 'text', text, marks: list } : { type: 'text', text }
}

/** One line of inline content: its text cut into runs with their own marks. */
const line: fc.Arbitrary<JSONContent[]> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...HREFS)
      .map((href) => [textNode(href, { bold: false, italic: false, href })]),
  },
  {
    weight: 6,
    arbitrary: fc
      .tuple(lineText, fc.array(fc.tuple(fc.nat(), marks), { minLength: 1, maxLength: 4 }))
      .map(([text, cuts]) => {
        const chars = [...text]
        const positions = [...new Set(cuts.map(([at]) => at % chars.length))].sort((a, b) => a - b)
        const bounds = [0, ...positions.filter((at) => at > 0), chars.length]
        return bounds.slice(0, -1).map((from, i) => {
          const m = cuts[i]?.[1] ?? { bold: false, italic: false, href: null }
          return textNode(chars.slice(from, bounds[i + 1]).join(''), m)
        })
      }),
  },
)

/** Inline content: lines joined by hard breaks (an empty line between two sometimes). */
const inline: fc.Arbitrary<JSONContent[]> = fc
  .array(fc.oneof({ weight: 6, arbitrary: line }, { weight: 1, arbitrary: fc.constant([]) }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((lines) => {
    // No break at either end: Markdown has no trailing hard break.
    const first = lines.findIndex((l) => l.length > 0)
    const last = lines.findLastIndex((l) => l.length > 0)
    const kept = first < 0 ? [] : lines.slice(first, last + 1)
    return kept.flatMap((l, i) => (i === 0 ? l : [{ type: 'hardBreak' }, ...l]))
  })

const paragraph: fc.Arbitrary<JSONContent> = fc.oneof(
  { weight: 8, arbitrary: inline.map((content) => ({ type: 'paragraph', content })) },
  { weight: 1, arbitrary: fc.constant({ type: 'paragraph' }) },
)

const list = (depth: number): fc.Arbitrary<JSONContent> =>
  fc
    .record({
      ordered: fc.boolean(),
      start: fc.integer({ min: 0, max: 30 }),
      items: fc.array(
        fc.tuple(
          paragraph,
          depth > 0 ? fc.option(list(depth - 1), { freq: 3 }) : fc.constant(null),
          fc.option(paragraph, { freq: 3 }),
        ),
        { minLength: 1, maxLength: 3 },
      ),
    })
    .map(({ ordered, start, items }) => ({
      type: ordered ? 'orderedList' : 'bulletList',
      ...(ordered ? { attrs: { start } } : {}),
      content: items.map(([first, nested, last]) => ({
        type: 'listItem',
        content: [first, ...(nested ? [nested] : []), ...(last ? [last] : [])],
      })),
    }))

const decision: fc.Arbitrary<JSONContent> = fc
  .record({
    decided: fc.boolean(),
    by: fc.option(phrase(3)),
    votes: fc.option(fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30))),
    paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 2 }),
  })
  .map(({ decided, by, votes, paragraphs }) => ({
    type: 'decision',
    attrs: {
      id: 'd',
      state: decided ? 'decided' : 'proposed',
      decidedBy: decided ? by : null,
      decidedAt: decided ? '2023-03-16T09:30:00.000Z' : null,
      votesFor: decided && votes ? votes[0] : null,
      votesAgainst: decided && votes ? votes[1] : null,
      votesBlank: decided && votes ? votes[2] : null,
    },
    content: paragraphs,
  }))

const actionItem: fc.Arbitrary<JSONContent> = fc
  .record({
    content: fc.oneof(
      { weight: 6, arbitrary: inline },
      { weight: 1, arbitrary: fc.constant<JSONContent[]>([]) },
    ),
    assignee: fc.oneof(fc.constant(''), fc.constantFrom('p0', 'p1', 'p2'), phrase(3)),
    due: fc.oneof(fc.constant(''), fc.constantFrom('uke 12', '2025-03-01'), phrase(3)),
    done: fc.boolean(),
  })
  .map(({ content, assignee, due, done }) => ({
    type: 'actionItem',
    attrs: { id: 'x', assignee, due, done },
    ...(content.length > 0 ? { content } : {}),
  }))

const block = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  { weight: 2, arbitrary: list(1) },
  { weight: 1, arbitrary: decision },
  { weight: 1, arbitrary: actionItem },
)
const blocks = (max: number) => fc.array(block, { maxLength: max })
const title = (type: 'agendaTitle') =>
  fc
    .oneof({ weight: 8, arbitrary: phrase(6) }, { weight: 1, arbitrary: fc.constant('') })
    .map((text) => ({ type, ...(text ? { content: [{ type: 'text', text }] } : {}) }))

const subItem: fc.Arbitrary<JSONContent> = fc
  .tuple(fc.constantFrom(...AGENDA_ITEM_KINDS), title('agendaTitle'), blocks(2))
  .map(([kind, heading, content]) => ({
    type: 'subItem',
    attrs: { id: 's', kind },
    content: [heading, ...content],
  }))

const agendaItem: fc.Arbitrary<JSONContent> = fc
  .record({
    kind: fc.constantFrom(...AGENDA_ITEM_KINDS),
    minutes: fc.option(fc.integer({ min: 1, max: 240 })),
    heading: title('agendaTitle'),
    before: blocks(3),
    subs: fc.array(subItem, { maxLength: 2 }),
    after: blocks(2),
  })
  .map(({ kind, minutes, heading, before, subs, after }) => ({
    type: 'agendaItem',
    attrs: { id: 'i', kind, plannedMinutes: minutes },
    content: [heading, ...before, ...subs, ...(subs.length > 0 ? after : [])],
  }))

const section: fc.Arbitrary<JSONContent> = fc
  .oneof({ weight: 8, arbitrary: phrase(5) }, { weight: 1, arbitrary: fc.constant('') })
  .map((text) => ({
    type: 'sectionHeading',
    ...(text ? { content: [{ type: 'text', text }] } : {}),
  }))

const body: fc.Arbitrary<JSONContent> = fc
  .array(
    fc.oneof(
      { weight: 5, arbitrary: agendaItem },
      { weight: 1, arbitrary: section },
      { weight: 1, arbitrary: paragraph },
      { weight: 1, arbitrary: list(1) },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((content) => ({ type: 'doc', content }))

const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`)
const optional = <T>(arbitrary: fc.Arbitrary<T>, empty: T) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(empty) }, { weight: 2, arbitrary: arbitrary })

const meta = fc
  .record({
    title: phrase(8),
    group: optional(phrase(4), ''),
    day: fc.integer({ min: 0, max: 73000 }),
    start: optional(clock, ''),
    end: optional(clock, ''),
    location: optional(phrase(4), ''),
    language: fc.constantFrom(...LANGUAGES),
    status: fc.constantFrom(...MEETING_STATUSES),
    version: fc.nat(5),
    numbering: fc.constantFrom('plain' as const, 'yearly' as const),
    numberStart: fc.integer({ min: 1, max: 999 }),
  })
  .map(({ day, ...fields }) =>
    meetingMeta.parse({
      ...fields,
      date: new Date(Date.UTC(1900, 0, 1) + day * 86_400_000).toISOString().slice(0, 10),
    }),
  )

const attendees: fc.Arbitrary<Attendee[]> = fc
  .array(
    fc.record({
      name: fc.oneof(
        phrase(4),
        fc.constantFrom('Eli Arnkværn Bryhni', 'Øyvind Såtvedt', 'Asbjørn Flo'),
      ),
      organisation: optional(phrase(4), ''),
      role: fc.constantFrom(...ATTENDEE_ROLES),
      presence: fc.constantFrom(...ATTENDANCE),
      substituteFor: fc.oneof(fc.constant(''), fc.constantFrom('p0', 'p1', 'p2'), phrase(3)),
    }),
    { maxLength: 6 },
  )
  .map((people) =>
    people.map((person, i) =>
      attendee.parse({
        ...person,
        id: `p${i}`,
        substituteFor: person.presence === 'substitute' ? person.substituteFor : '',
      }),
    ),
  )

/** A meeting: header, attendees of every role and presence, and a body of every node type. */
export const arbitraryMeeting: fc.Arbitrary<Meeting> = fc.record({ meta, attendees, body })
