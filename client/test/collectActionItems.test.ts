import { getSchema } from '@tiptap/core'
import { Transform } from '@tiptap/pm/transform'
import { createItemNode, schemaExtensions } from '@referat/shared'
import { describe, expect, it } from 'vitest'
import { assigneeOptions } from '../src/actions/assigneeOptions'
import { collectActionItems } from '../src/actions/collectActionItems'
import { filterActionItems } from '../src/actions/filterActionItems'
import { findActionItem } from '../src/actions/findActionItem'

const schema = getSchema(schemaExtensions)
const plain = { style: 'plain' as const, start: 1, year: 2026 }

const task = (text: string, attrs: { assignee?: string; due?: string; done?: boolean } = {}) => ({
  type: 'actionItem',
  attrs: { id: `t-${text}`, ...attrs },
  content: [{ type: 'text', text }],
})

const item = (title: string, children: object[]) => {
  const json = createItemNode('agendaItem', { title })
  json.content = [...(json.content ?? []), ...children]
  return json
}

const sub = (title: string, children: object[]) => {
  const json = createItemNode('subItem', { title })
  json.content = [...(json.content ?? []), ...children]
  return json
}

const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    item('Godkjenning', [task('Sende innkalling', { assignee: 'a1', done: true })]),
    { type: 'sectionHeading', content: [{ type: 'text', text: 'Saker' }] },
    item('Budsjett', [
      task('Lage utkast', { assignee: 'a2', due: '2026-04-01' }),
      sub('Reise', [task('Bestille hotell', { assignee: 'Ola' })]),
    ]),
  ],
})

describe('collectActionItems', () => {
  it('lists open tasks first, then done ones, each with its agenda item', () => {
    const entries = collectActionItems(doc, plain)
    expect(entries.map((entry) => [entry.text, entry.itemLabel, entry.itemTitle])).toEqual([
      ['Lage utkast', '2.', 'Budsjett'],
      ['Bestille hotell', '2.', 'Budsjett'],
      ['Sende innkalling', '1.', 'Godkjenning'],
    ])
    expect(entries[0]).toMatchObject({ assignee: 'a2', due: '2026-04-01', done: false })
    expect(entries[2]?.done).toBe(true)
  })

  it('finds each task’s node by its index, so a click can jump to it', () => {
    for (const entry of collectActionItems(doc, plain)) {
      const found = findActionItem(doc, entry.index)
      const node = found && doc.nodeAt(found.pos)
      expect(node?.type.name).toBe('actionItem')
      expect(node?.textContent).toBe(entry.text)
      expect(found?.textEnd).toBe((found?.pos ?? 0) + 1 + entry.text.length)
    }
    expect(findActionItem(doc, 3)).toBeNull()
  })

  it('keeps its entries equal while text elsewhere changes, and keys copies apart', () => {
    const before = collectActionItems(doc, plain)
    let godkjenning = -1
    doc.descendants((node, pos) => {
      if (node.isText && node.text === 'Godkjenning') godkjenning = pos
    })
    const end = godkjenning + 'Godkjenning'.length
    const typed = new Transform(doc).insert(end, schema.text(' og referat'))
    const after = collectActionItems(typed.doc, plain)
    expect(after.find((entry) => entry.done)?.itemTitle).toBe('Godkjenning og referat')
    expect(after.filter((entry) => !entry.done)).toEqual(before.filter((entry) => !entry.done))

    const copied = schema.nodeFromJSON({
      type: 'doc',
      content: [item('Kopi', [task('Samme'), task('Samme')])],
    })
    expect(collectActionItems(copied, plain).map((entry) => entry.key)).toEqual([
      't-Samme',
      't-Samme~1',
    ])
  })

  it('numbers items as the meeting does', () => {
    const yearly = { style: 'yearly' as const, start: 38, year: 2026, language: 'nb' as const }
    expect(collectActionItems(doc, yearly).map((entry) => entry.itemLabel)).toEqual([
      'Sak 39/26',
      'Sak 39/26',
      'Sak 38/26',
    ])
  })
})

describe('filterActionItems and assigneeOptions', () => {
  const entries = collectActionItems(doc, plain)
  const attendees = [
    { id: 'a1', name: 'Kari Nordmann' },
    { id: 'a2', name: 'Per Hansen' },
  ].map((person) => ({
    ...person,
    organisation: '',
    role: 'member' as const,
    presence: 'present' as const,
    substituteFor: '',
    arrivedAt: '',
    leftAt: '',
    conflicts: [],
  }))

  it('keeps only the tasks of the chosen person, or all', () => {
    expect(filterActionItems(entries, 'a2').map((entry) => entry.text)).toEqual(['Lage utkast'])
    expect(filterActionItems(entries, 'Ola').map((entry) => entry.text)).toEqual([
      'Bestille hotell',
    ])
    expect(filterActionItems(entries, '')).toHaveLength(3)
  })

  it('offers each person with tasks once, by name', () => {
    expect(assigneeOptions(entries, attendees)).toEqual([
      { value: 'a1', name: 'Kari Nordmann' },
      { value: 'Ola', name: 'Ola' },
      { value: 'a2', name: 'Per Hansen' },
    ])
  })
})
