import {
  DocLayout,
  meetingMeta,
  type DecisionRegister,
  type DecisionRegisterEntry,
  type Referat,
} from '@referat/shared'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { collectDecisions } from '../src/meetings/collectDecisions'
import type { TestClient } from './support/connectClient'
import { createMeeting } from './support/createMeeting'
import { joinAs } from './support/joinAs'
import { startServer, type TestServer } from './support/startServer'

interface Decided {
  by: string
  at: string
  votes?: [number, number, number]
}

/** A decision block as Tiptap stores it: proposed, or decided with its record. */
function decision(id: string, paragraphs: string[], decided?: Decided): Y.XmlElement {
  const element = new Y.XmlElement('decision')
  element.setAttribute('id', id)
  element.setAttribute('state', decided ? 'decided' : 'proposed')
  if (decided) {
    element.setAttribute('decidedBy', decided.by)
    element.setAttribute('decidedAt', decided.at)
    if (decided.votes) {
      const [votesFor, against, blank] = decided.votes
      // Tiptap keeps numeric attributes as numbers.
      element.setAttribute('votesFor', votesFor as unknown as string)
      element.setAttribute('votesAgainst', against as unknown as string)
      element.setAttribute('votesBlank', blank as unknown as string)
    }
  }
  element.insert(
    0,
    paragraphs.map((text) => {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText(text)])
      return paragraph
    }),
  )
  return element
}

function subItem(id: string, title: string, children: Y.XmlElement[]): Y.XmlElement {
  const element = new Y.XmlElement('subItem')
  element.setAttribute('id', id)
  const heading = new Y.XmlElement('agendaTitle')
  heading.insert(0, [new Y.XmlText(title)])
  element.insert(0, [heading, ...children])
  return element
}

/** Appends blocks to the n-th agenda item of the moderator's document. */
function appendToItem(client: TestClient, n: number, blocks: Y.XmlElement[]): void {
  const item = client.doc.getXmlFragment(DocLayout.body).get(n) as Y.XmlElement
  item.insert(item.length, blocks)
}

function register(t: TestServer, query: string, token?: string) {
  return fetch(`${t.url}/api/decisions${query}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  })
}

async function decisionsFor(t: TestServer, query: string, token: string) {
  const response = await register(t, query, token)
  expect(response.status).toBe(200)
  return ((await response.json()) as DecisionRegister).decisions
}

const texts = (decisions: DecisionRegisterEntry[]) => decisions.map((d) => d.text)

/**
 * Two meetings of "Faggruppe næring" and one of "Styret", each with decided decisions and a
 * proposal that was never decided, written by the moderator over a real connection.
 */
async function threeMeetings(t: TestServer) {
  const march = await createMeeting(t, {
    title: 'Faggruppemøte mars',
    group: 'Faggruppe næring',
    date: '2026-03-16',
    agenda: ['Budsjett', 'Høringer'],
  })
  const may = await createMeeting(t, {
    title: 'Faggruppemøte mai',
    group: 'Faggruppe næring',
    date: '2026-05-20',
    numbering: 'yearly',
    numberStart: 38,
    agenda: ['Posisjonsnotat om næringsareal'],
  })
  const board = await createMeeting(t, {
    title: 'Styremøte',
    group: 'Styret',
    date: '2026-04-01',
    agenda: ['Årsmelding'],
  })

  const marchModerator = await joinAs(t, march, 'moderator')
  appendToItem(marchModerator, 0, [
    decision('d-budget', ['Budsjettet for 2026 ble vedtatt.', 'Rammen er 2,4 millioner.'], {
      by: 'Eli Bryhni',
      at: '2026-03-16T09:42:00.000Z',
      votes: [7, 2, 0],
    }),
    decision('d-proposal', ['Forslag som ikke er vedtatt: nytt logo.']),
  ])
  appendToItem(marchModerator, 1, [
    subItem('s-a', 'Høring om regional plan', [
      decision('d-plan', ['Faggruppen støtter SAMFERDSELSPLANEN med merknader.'], {
        by: 'Eli Bryhni',
        at: '2026-03-16T10:05:00.000Z',
      }),
    ]),
  ])
  const mayModerator = await joinAs(t, may, 'moderator')
  appendToItem(mayModerator, 0, [
    decision('d-area', ['Notatet om næringsareal sendes til kommunene.'], {
      by: 'Kari Nordmann',
      at: '2026-05-20T09:10:00.000Z',
    }),
  ])
  const boardModerator = await joinAs(t, board, 'moderator')
  appendToItem(boardModerator, 0, [
    decision('d-report', ['Årsmeldingen ble godkjent.'], {
      by: 'Ola Hansen',
      at: '2026-04-01T12:00:00.000Z',
    }),
  ])
  const clients = [marchModerator, mayModerator, boardModerator]
  return { march, may, board, clients }
}

const ALL_DECIDED = [
  'Notatet om næringsareal sendes til kommunene.',
  'Årsmeldingen ble godkjent.',
  'Budsjettet for 2026 ble vedtatt.\nRammen er 2,4 millioner.',
  'Faggruppen støtter SAMFERDSELSPLANEN med merknader.',
]

describe('the decision register', () => {
  it('lists decided decisions of all meetings for the organizer, newest meeting first', async () => {
    const t = await startServer()
    const { march, may, board } = await threeMeetings(t)

    await vi.waitFor(async () =>
      expect(texts(await decisionsFor(t, '', t.organizerToken))).toEqual(ALL_DECIDED),
    )
    const all = await decisionsFor(t, '', t.organizerToken)
    expect(all[0]).toEqual({
      meetingId: may.id,
      meetingTitle: 'Faggruppemøte mai',
      group: 'Faggruppe næring',
      date: '2026-05-20',
      itemLabel: 'Sak 38/26',
      itemTitle: 'Posisjonsnotat om næringsareal',
      decisionId: 'd-area',
      text: 'Notatet om næringsareal sendes til kommunene.',
      decidedBy: 'Kari Nordmann',
      decidedAt: '2026-05-20T09:10:00.000Z',
      vote: null,
      meetingStatus: 'planned',
    })
    expect(all[1]).toMatchObject({ meetingId: board.id, group: 'Styret', itemLabel: '1.' })
    expect(all[2]).toMatchObject({
      meetingId: march.id,
      itemLabel: '1.',
      itemTitle: 'Budsjett',
      vote: { for: 7, against: 2, blank: 0 },
    })
    expect(all[3]).toMatchObject({
      meetingId: march.id,
      itemLabel: '2. a.',
      itemTitle: 'Høring om regional plan',
    })

    const group = await decisionsFor(t, '?group=Styret', t.organizerToken)
    expect(texts(group)).toEqual(['Årsmeldingen ble godkjent.'])
    expect(await decisionsFor(t, '?group=Styr', t.organizerToken)).toEqual([])
    expect(texts(await decisionsFor(t, '?limit=2', t.organizerToken))).toEqual(
      ALL_DECIDED.slice(0, 2),
    )
  })

  it('searches every word, ignoring case but not the Norwegian letters', async () => {
    const t = await startServer()
    await threeMeetings(t)
    await vi.waitFor(async () =>
      expect(await decisionsFor(t, '', t.organizerToken)).toHaveLength(ALL_DECIDED.length),
    )
    const search = async (q: string, extra = '') =>
      texts(await decisionsFor(t, `?q=${encodeURIComponent(q)}${extra}`, t.organizerToken))

    expect(await search('samferdselsplanen')).toEqual([ALL_DECIDED[3]])
    expect(await search('ÅRSMELDINGEN')).toEqual([ALL_DECIDED[1]])
    // "å" typed as a + combining ring is the same letter; "a" is not "å".
    expect(await search('a\u030arsmeldingen')).toEqual([ALL_DECIDED[1]])
    expect(await search('arsmeldingen')).toEqual([])
    // Every word must occur, in the text, the item title or the meeting title.
    expect(await search('  budsjettet   millioner ')).toEqual([ALL_DECIDED[2]])
    expect(await search('budsjettet årsmeldingen')).toEqual([])
    expect(await search('høring merknader')).toEqual([ALL_DECIDED[3]])
    expect(await search('faggruppemøte mai')).toEqual([ALL_DECIDED[0]])
    const group = `&group=${encodeURIComponent('Faggruppe næring')}`
    expect(await search('FAGGRUPPEMØTE', group)).toEqual([
      ALL_DECIDED[0],
      ALL_DECIDED[2],
      ALL_DECIDED[3],
    ])
    expect(await search('faggruppemøte', '&group=Styret')).toEqual([])
    // Proposals are not in the register, however well they match.
    expect(await search('logo')).toEqual([])
  })

  it("shows a meeting's own people the decisions of its group only", async () => {
    const t = await startServer()
    const { march, board } = await threeMeetings(t)
    await vi.waitFor(async () =>
      expect(await decisionsFor(t, '', t.organizerToken)).toHaveLength(ALL_DECIDED.length),
    )

    const secretary = await decisionsFor(t, '', march.tokens.secretary)
    expect(texts(secretary)).toEqual([ALL_DECIDED[0], ALL_DECIDED[2], ALL_DECIDED[3]])
    expect(await decisionsFor(t, '?group=Styret', march.tokens.viewer)).toEqual([])
    expect(texts(await decisionsFor(t, '', board.tokens.viewer))).toEqual([ALL_DECIDED[1]])

    // A meeting without a group sees only itself.
    const alone = await createMeeting(t, { title: 'Enkeltmøte', agenda: ['Sak'] })
    expect(await decisionsFor(t, '', alone.tokens.moderator)).toEqual([])
  })

  it('reads unloaded meetings from storage without loading them, and sees later changes', async () => {
    const t = await startServer({ idleUnloadMs: 50 })
    const { march, clients } = await threeMeetings(t)
    await vi.waitFor(async () =>
      expect(await decisionsFor(t, '', t.organizerToken)).toHaveLength(ALL_DECIDED.length),
    )
    for (const client of clients) client.destroy()
    await vi.waitFor(() => expect(t.server.registry.loadedCount).toBe(0))

    expect(texts(await decisionsFor(t, '', t.organizerToken))).toEqual(ALL_DECIDED)
    expect(texts(await decisionsFor(t, '', t.organizerToken))).toEqual(ALL_DECIDED)
    expect(t.server.registry.loadedCount).toBe(0)

    // A decision made later shows up, whether the meeting is open or unloaded again.
    const moderator = await joinAs(t, march, 'moderator')
    appendToItem(moderator, 1, [
      decision('d-late', ['Sekretariatet følger opp høringen.'], {
        by: 'Eli Bryhni',
        at: '2026-03-16T10:30:00.000Z',
      }),
    ])
    const withLate = [...ALL_DECIDED, 'Sekretariatet følger opp høringen.']
    await vi.waitFor(async () =>
      expect(texts(await decisionsFor(t, '', t.organizerToken))).toEqual(withLate),
    )
    moderator.destroy()
    await vi.waitFor(() => expect(t.server.registry.loadedCount).toBe(0))
    expect(texts(await decisionsFor(t, '', t.organizerToken))).toEqual(withLate)
  })

  it('answers 401 without a genuine token and 400 for bad query parameters', async () => {
    const t = await startServer()
    const missing = await register(t, '')
    expect(missing.status).toBe(401)
    expect(await missing.json()).toEqual({
      error: { code: 'unauthorized', message: expect.any(String) },
    })
    expect((await register(t, '', `${t.organizerToken}x`)).status).toBe(401)

    const cases: [string, RegExp][] = [
      [`?q=${'a'.repeat(201)}`, /^q: must be at most 200 characters$/],
      [`?group=${'g'.repeat(201)}`, /^group: must be at most 200 characters$/],
      ['?q=a&q=b', /^q: /],
      ['?limit=0', /^limit: must be a whole number from 1 to 1000$/],
      ['?limit=1001', /^limit: /],
      ['?limit=many', /^limit: /],
    ]
    for (const [query, message] of cases) {
      const response = await register(t, query, t.organizerToken)
      expect(response.status, query).toBe(400)
      const body = (await response.json()) as { error: { code: string; message: string } }
      expect(body.error.code).toBe('bad_request')
      expect(body.error.message).toMatch(message)
    }
    expect((await register(t, `?q=${'a'.repeat(200)}`, t.organizerToken)).status).toBe(200)
  })
})

describe('collectDecisions', () => {
  it('finds decided decisions in items, sub-items, lists and between items, in document order', () => {
    const meta = meetingMeta.parse({ title: 'Møte', group: 'G', date: '2026-01-05' })
    const decided = (id: string, text: string) => ({
      type: 'decision' as const,
      id,
      state: 'decided' as const,
      decidedBy: 'Eli',
      decidedAt: null,
      vote: null,
      blocks: [{ type: 'paragraph' as const, content: [{ text }, { lineBreak: true as const }] }],
    })
    const referat: Referat = {
      meta,
      attendees: [],
      body: [
        decided('top', 'Før sakene'),
        {
          type: 'item',
          id: 'i1',
          label: '1.',
          title: 'Første',
          kind: 'discussion',
          plannedMinutes: null,
          blocks: [
            {
              type: 'list',
              ordered: false,
              start: 1,
              items: [[{ type: 'paragraph', content: [] }], [decided('in-list', 'I lista')]],
            },
            {
              type: 'item',
              id: 's1',
              label: 'b.',
              title: 'Under',
              kind: 'discussion',
              plannedMinutes: null,
              blocks: [{ ...decided('proposal', 'Nei'), state: 'proposed' }, decided('sub', 'Ja')],
            },
          ],
        },
        { type: 'section', title: 'Orienteringer' },
      ],
    }
    const found = collectDecisions('m1', referat)
    expect(found.map((d) => [d.decisionId, d.itemLabel, d.itemTitle, d.text])).toEqual([
      ['top', '', '', 'Før sakene\n'],
      ['in-list', '1.', 'Første', 'I lista\n'],
      ['sub', '1. b.', 'Under', 'Ja\n'],
    ])
    expect(found[0]).toMatchObject({ meetingId: 'm1', meetingTitle: 'Møte', group: 'G' })
  })
})
