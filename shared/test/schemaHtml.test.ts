import { generateHTML, generateJSON } from '@tiptap/html'
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { getReferatSchema } from '../src/model/getReferatSchema'
import { schemaExtensions } from '../src/schema/schemaExtensions'

const item = (id: string, ...content: JSONContent[]): JSONContent => ({
  type: 'agendaItem',
  attrs: { id, kind: 'discussion' },
  content: [{ type: 'agendaTitle', content: [{ type: 'text', text: `Sak ${id}` }] }, ...content],
})

const paragraph = (text: string, marks?: JSONContent['marks']): JSONContent => ({
  type: 'paragraph',
  content: [{ type: 'text', text, ...(marks ? { marks } : {}) }],
})

/** One document per node and mark of the schema, each checked through HTML and back. */
const cases: Record<string, JSONContent[]> = {
  agendaItem: [
    {
      type: 'agendaItem',
      attrs: { id: 'item1', kind: 'approval' },
      content: [
        { type: 'agendaTitle', content: [{ type: 'text', text: 'Godkjenning av innkalling' }] },
        paragraph('Innkallingen ble godkjent'),
      ],
    },
  ],
  subItem: [
    item('item2', {
      type: 'subItem',
      attrs: { id: 'sub1', kind: 'orientation' },
      content: [
        { type: 'agendaTitle', content: [{ type: 'text', text: 'Nasjonalt nettverk' }] },
        paragraph('Orientering.'),
      ],
    }),
  ],
  sectionHeading: [
    {
      type: 'sectionHeading',
      content: [{ type: 'text', text: 'Orienteringer fra sekretariatet' }],
    },
    item('item3'),
  ],
  decision: [
    item('item4', {
      type: 'decision',
      attrs: { id: 'dec1', state: 'decided', decidedBy: 'Eli', decidedAt: '2026-03-16T09:30:00Z' },
      content: [paragraph('Gruppen sluttet seg til utkastet.')],
    }),
  ],
  actionItem: [
    item('item5', {
      type: 'actionItem',
      attrs: { id: 'act1', assignee: 'Sekretariatet', due: 'uke 12', done: true },
      content: [{ type: 'text', text: 'Sende notatet på høring' }],
    }),
  ],
  lists: [
    item(
      'item6',
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [paragraph('Strøm')] }],
      },
      {
        type: 'orderedList',
        attrs: { start: 1, type: null },
        content: [{ type: 'listItem', content: [paragraph('Talent')] }],
      },
    ),
  ],
  marks: [
    item(
      'item7',
      paragraph('viktig', [{ type: 'bold' }]),
      paragraph('kursiv', [{ type: 'italic' }]),
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: 'Oversikten',
            marks: [
              {
                type: 'link',
                attrs: {
                  href: 'https://www.osloregionen.no/',
                  target: '_blank',
                  rel: 'noopener noreferrer nofollow',
                  class: null,
                  title: null,
                },
              },
            ],
          },
          { type: 'hardBreak' },
          { type: 'text', text: 'neste linje' },
        ],
      },
    ),
  ],
}

describe('schema HTML round trip', () => {
  for (const [name, content] of Object.entries(cases)) {
    it(`keeps ${name} through renderHTML and parseHTML`, () => {
      const doc: JSONContent = { type: 'doc', content }
      const normalized = getReferatSchema().nodeFromJSON(doc).toJSON()
      const html = generateHTML(doc, schemaExtensions)
      expect(generateJSON(html, schemaExtensions)).toEqual(normalized)
    })
  }

  it('drops javascript: links when parsing HTML', () => {
    const html =
      '<section data-type="agenda-item" data-id="x1"><h3 data-type="agenda-title">T</h3>' +
      '<p><a href="javascript:alert(1)">klikk</a></p></section>'
    const json = generateJSON(html, schemaExtensions)
    expect(JSON.stringify(json)).not.toContain('javascript:')
  })

  it('every node and mark of the schema has a case above', () => {
    const schema = getReferatSchema()
    const covered = JSON.stringify(cases)
    for (const name of [...Object.keys(schema.nodes), ...Object.keys(schema.marks)]) {
      if (name === 'doc' || name === 'text') continue
      expect(covered, name).toContain(`"type":"${name}"`)
    }
  })
})
