import { getSchema } from '@tiptap/core'
import { createItemNode, schemaExtensions } from '@referat/shared'
import { describe, expect, it } from 'vitest'
import { assigneeOptions } from '../src/actions/assigneeOptions'
import { collectActionItems } from '../src/actions/collectActionItems'
import { filterActionItems } from '../src/actions/filterActionItems'

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

  it('gives each task the position of its node, so a click can jump to it', () => {
    for (const entry of collectActionItems(doc, plain)) {
      const node = doc.nodeAt(entry.pos)
      expect(node?.type.name).toBe('actionItem')
      expect(node?.textContent).toBe(entry.text)
      expect(entry.size).toBe(entry.text.length)
    }
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
