/** A meeting shaped like ../shared/example-referat.md, for renderer tests. */
import type { JSONContent } from '@tiptap/core'
import { attendee, type Attendee } from '../../src/model/attendee'
import { meetingMeta } from '../../src/protocol/meetingMeta'

const text = (t: string, marks?: JSONContent['marks']): JSONContent => ({
  type: 'text',
  text: t,
  ...(marks ? { marks } : {}),
})
const p = (...content: JSONContent[]): JSONContent => ({ type: 'paragraph', content })
const title = (t: string): JSONContent => ({ type: 'agendaTitle', content: [text(t)] })
export const item = (id: string, t: string, ...content: JSONContent[]): JSONContent => ({
  type: 'agendaItem',
  attrs: { id, kind: 'discussion' },
  content: [title(t), ...content],
})
const sub = (id: string, t: string): JSONContent => ({
  type: 'subItem',
  attrs: { id, kind: 'orientation' },
  content: [title(t)],
})

export const people: Attendee[] = [
  {
    id: 'a1',
    name: 'Eli Arnkværn Bryhni',
    organisation: 'Hamarregionen utvikling',
    role: 'moderator',
    presence: 'present',
  },
  { id: 'a2', name: 'Dag Aanensen', organisation: 'Drammen kommune', presence: 'present' },
  { id: 'a3', name: 'Hanne Løkka', organisation: 'Frogn kommune', presence: 'absent' },
  {
    id: 'a4',
    name: 'Øyvind Såtvedt',
    organisation: 'Osloregionen',
    role: 'secretariat',
    presence: 'present',
  },
  {
    id: 'a5',
    name: 'Mari Strømsvåg',
    organisation: 'Osloregionen',
    role: 'secretariat',
    presence: 'present',
  },
].map((a) => attendee.parse(a))

export const body: JSONContent = {
  type: 'doc',
  content: [
    item('i1', 'Godkjenning av innkalling', p(text('Innkallingen ble godkjent'))),
    item(
      'i2',
      'Næringspolitisk posisjonsnotat for Osloregionen',
      p(
        text('Faggruppen var '),
        text('generelt positiv', [{ type: 'bold' }]),
        text(' til utkastet.'),
      ),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(text('Strøm'))] },
          { type: 'listItem', content: [p(text('Talent/utenlandsk arbeidskraft'))] },
        ],
      },
      {
        type: 'decision',
        attrs: {
          id: 'd1',
          state: 'decided',
          decidedBy: 'Eli Arnkværn Bryhni',
          votesFor: 7,
          votesAgainst: 2,
          votesBlank: 0,
        },
        content: [p(text('Sekretariatet bearbeider notatet.'))],
      },
      {
        type: 'actionItem',
        attrs: { id: 'x1', assignee: 'a4', due: 'uke 12', done: false },
        content: [text('Sende notatet på høring til kommunene')],
      },
    ),
    { type: 'sectionHeading', content: [text('Orienteringer fra sekretariatet:')] },
    item(
      'i3',
      'Oppdatering på internasjonalt profileringsarbeid',
      sub('s1', 'Nasjonalt nettverk for internasjonal arbeidskraft'),
      sub('s2', 'Best-practice nettverk for medlemskommunene'),
      p(
        text('Se '),
        text('oversikten', [
          { type: 'link', attrs: { href: 'https://www.osloregionen.no/arrangementer/' } },
        ]),
        text('.'),
      ),
    ),
  ],
}

export const meta = meetingMeta.parse({
  title: 'Møte i Osloregionens Faggruppe for nærings samarbeid',
  group: 'Osloregionen',
  date: '2023-03-16',
  start: '09:00',
  end: '11:00',
  location: 'Oslo rådhus',
})

/** The example meeting in nynorsk, on a Monday ("måndag"). */
export const nynorskMeta = meetingMeta.parse({ ...meta, language: 'nn', date: '2026-03-16' })

/** The example's people, and someone also present, invited, a substitute and a guest. */
export const everyone: Attendee[] = [
  ...people,
  ...[
    { id: 'a6', name: 'Trine Knobel', organisation: 'Gardemoregionen', presence: 'alsoPresent' },
    { id: 'a7', name: 'Maria Hoff', organisation: 'Lillestrøm kommune', presence: 'unknown' },
    {
      id: 'a8',
      name: 'Jonas Olafsen',
      organisation: 'Lillestrøm kommune',
      presence: 'substitute',
      substituteFor: 'a7',
    },
    { id: 'a9', name: 'Gro Gjest', role: 'guest', presence: 'present' },
  ].map((a) => attendee.parse(a)),
]
