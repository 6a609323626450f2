import { getSchema } from '@tiptap/core'
import { createItemNode, schemaExtensions } from '@referat/shared'
import { describe, expect, it } from 'vitest'
import { buildNumberDecorations } from '../src/editor/buildNumberDecorations'

const schema = getSchema(schemaExtensions)

const item = (title: string, subItems: string[] = []) => {
  const json = createItemNode('agendaItem', { title })
  json.content = [
    ...(json.content ?? []),
    ...subItems.map((sub) => createItemNode('subItem', { title: sub })),
  ]
  return json
}

const heading = (text: string) => ({ type: 'sectionHeading', content: [{ type: 'text', text }] })

/** `title → number` for every numbered node, in document order. */
function labels(content: object[], options = { style: 'plain' as const, start: 1, year: 2025 }) {
  const doc = schema.nodeFromJSON({ type: 'doc', content })
  const set = buildNumberDecorations(doc, options)
  const found = set.find().sort((a, b) => a.from - b.from)
  return found.map((decoration) => {
    const node = doc.nodeAt(decoration.from)
    const spec = decoration as unknown as { type: { attrs: Record<string, string> } }
    return `${spec.type.attrs['data-number']} ${node?.firstChild?.textContent}`
  })
}

describe('buildNumberDecorations', () => {
  it('numbers agenda items by position, across section headings', () => {
    expect(
      labels([item('Godkjenning av innkalling'), heading('Orienteringer'), item('Eventuelt')]),
    ).toEqual(['1. Godkjenning av innkalling', '2. Eventuelt'])
  })

  it('letters sub-items within their item', () => {
    expect(
      labels([item('Oppdatering', ['Nasjonalt nettverk', 'Best practice']), item('X', ['Y'])]),
    ).toEqual(['1. Oppdatering', 'a. Nasjonalt nettverk', 'b. Best practice', '2. X', 'a. Y'])
  })

  it('uses the yearly style of the meeting', () => {
    expect(
      labels([item('Budsjett'), item('Eventuelt')], {
        style: 'yearly' as never,
        start: 38,
        year: 2025,
      }),
    ).toEqual(['Sak 38/25 Budsjett', 'Sak 39/25 Eventuelt'])
  })
})
