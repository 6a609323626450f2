import { CloseCodes, DocLayout } from '@referat/shared'
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createMeeting, type TestMeeting } from './support/createMeeting'
import type { TestClient } from './support/connectClient'
import { joinAs } from './support/joinAs'
import { startServer, type TestServer } from './support/startServer'

function firstItem(client: TestClient): Y.XmlElement {
  return client.doc.getXmlFragment(DocLayout.body).get(0) as Y.XmlElement
}

/** The first decision of the first agenda item, as Tiptap stores it. */
function decisionOf(client: TestClient): Y.XmlElement | undefined {
  return firstItem(client)
    .toArray()
    .find((node) => node instanceof Y.XmlElement && node.nodeName === 'decision') as
    Y.XmlElement | undefined
}

function addDecision(client: TestClient, text: string, state = 'proposed'): void {
  const decision = new Y.XmlElement('decision')
  decision.setAttribute('id', 'dec1')
  decision.setAttribute('state', state)
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  decision.insert(0, [paragraph])
  firstItem(client).insert(firstItem(client).length, [decision])
}

function decisionText(client: TestClient): string {
  const paragraph = decisionOf(client)?.get(0) as Y.XmlElement | undefined
  return (paragraph?.get(0) as Y.XmlText | undefined)?.toString() ?? ''
}

/** Expects `client` to be closed with 4409 and its change to reach neither `other` nor a late joiner. */
async function expectRejected(
  t: TestServer,
  meeting: TestMeeting,
  client: TestClient,
  other: TestClient,
  check: (c: TestClient) => void,
) {
  await vi.waitFor(() => expect(client.closeCodes[0]).toBe(CloseCodes.Rejected.code))
  client.destroy()
  await new Promise((resolve) => setTimeout(resolve, 100))
  check(other)
  const late = await joinAs(t, meeting, 'moderator')
  check(late)
  late.destroy()
}

describe('moderator-only decisions, enforced by the server', () => {
  async function setup(decided: boolean) {
    const t = await startServer()
    const meeting = await createMeeting(t, { agenda: ['Høringsnotat'] })
    const moderator = await joinAs(t, meeting, 'moderator')
    addDecision(moderator, 'Gruppen sluttet seg til utkastet.')
    if (decided) {
      decisionOf(moderator)?.setAttribute('state', 'decided')
      decisionOf(moderator)?.setAttribute('decidedBy', 'Eli Bryhni')
    }
    const secretary = await joinAs(t, meeting, 'secretary')
    await vi.waitFor(() =>
      expect(decisionOf(secretary)?.getAttribute('state')).toBe(decided ? 'decided' : 'proposed'),
    )
    return { t, meeting, moderator, secretary }
  }

  it('lets a secretary propose and edit a proposal', async () => {
    const { moderator, secretary } = await setup(false)
    const text = (decisionOf(secretary)?.get(0) as Y.XmlElement).get(0) as Y.XmlText
    text.insert(0, 'Forslag: ')
    await vi.waitFor(() =>
      expect(decisionText(moderator)).toBe('Forslag: Gruppen sluttet seg til utkastet.'),
    )
    expect(secretary.closeCodes).toEqual([])
  })

  it("rejects a secretary's update that marks a decision decided", async () => {
    const { t, meeting, moderator, secretary } = await setup(false)
    decisionOf(secretary)?.setAttribute('state', 'decided')
    await expectRejected(t, meeting, secretary, moderator, (c) =>
      expect(decisionOf(c)?.getAttribute('state')).toBe('proposed'),
    )
  })

  it('lets the moderator mark it decided, and everyone sees it', async () => {
    const { moderator, secretary } = await setup(false)
    decisionOf(moderator)?.setAttribute('state', 'decided')
    await vi.waitFor(() => expect(decisionOf(secretary)?.getAttribute('state')).toBe('decided'))
    expect(moderator.closeCodes).toEqual([])
  })

  it("rejects a secretary's change to the text of a decided decision", async () => {
    const { t, meeting, moderator, secretary } = await setup(true)
    const text = (decisionOf(secretary)?.get(0) as Y.XmlElement).get(0) as Y.XmlText
    text.insert(0, 'IKKE ')
    await expectRejected(t, meeting, secretary, moderator, (c) =>
      expect(decisionText(c)).toBe('Gruppen sluttet seg til utkastet.'),
    )
  })

  it("rejects a secretary's update that un-decides a decided decision", async () => {
    const { t, meeting, moderator, secretary } = await setup(true)
    decisionOf(secretary)?.setAttribute('state', 'proposed')
    await expectRejected(t, meeting, secretary, moderator, (c) =>
      expect(decisionOf(c)?.getAttribute('state')).toBe('decided'),
    )
  })

  it('rejects a secretary removing a decided decision, or the item holding it', async () => {
    const { t, meeting, moderator, secretary } = await setup(true)
    const item = firstItem(secretary)
    item.delete(item.length - 1, 1)
    await expectRejected(t, meeting, secretary, moderator, (c) =>
      expect(decisionOf(c)?.getAttribute('state')).toBe('decided'),
    )
    const again = await joinAs(t, meeting, 'secretary')
    again.doc.getXmlFragment(DocLayout.body).delete(0, 1)
    await expectRejected(t, meeting, again, moderator, (c) =>
      expect(decisionOf(c)?.getAttribute('state')).toBe('decided'),
    )
  })

  it('rejects a secretary creating a decision that is already decided', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { agenda: ['Høringsnotat'] })
    const moderator = await joinAs(t, meeting, 'moderator')
    const secretary = await joinAs(t, meeting, 'secretary')
    addDecision(secretary, 'Vedtatt av sekretæren', 'decided')
    await expectRejected(t, meeting, secretary, moderator, (c) =>
      expect(decisionOf(c)).toBeUndefined(),
    )
  })
})

describe('running the meeting', () => {
  it('only the moderator changes the status and the current item; nobody makes it final by an edit', async () => {
    const t = await startServer()
    const meeting = await createMeeting(t, { agenda: ['Sak'] })
    const moderator = await joinAs(t, meeting, 'moderator')
    const secretary = await joinAs(t, meeting, 'secretary')
    secretary.doc.getMap(DocLayout.meta).set('status', 'live')
    await expectRejected(t, meeting, secretary, moderator, (c) =>
      expect(c.doc.getMap(DocLayout.meta).get('status')).toBe('planned'),
    )
    moderator.doc.getMap(DocLayout.meta).set('status', 'live')
    moderator.doc.getMap(DocLayout.meta).set('currentItemId', 'abc')
    const watcher = await joinAs(t, meeting, 'secretary')
    await vi.waitFor(() => expect(watcher.doc.getMap(DocLayout.meta).get('status')).toBe('live'))
    moderator.doc.getMap(DocLayout.meta).set('status', 'final')
    await vi.waitFor(() => expect(moderator.closeCodes[0]).toBe(CloseCodes.Rejected.code))
    moderator.destroy()
    // Ordinary writing by a secretary goes on.
    watcher.doc.getMap(DocLayout.meta).set('location', 'Rådhuset')
    const late = await joinAs(t, meeting, 'secretary')
    await vi.waitFor(() => expect(late.doc.getMap(DocLayout.meta).get('location')).toBe('Rådhuset'))
    expect(late.doc.getMap(DocLayout.meta).get('status')).toBe('live')
  })
})
