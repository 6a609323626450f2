import { getSchema } from '@tiptap/core'
import { createItemNode, schemaExtensions } from '@referat/shared'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { itemRoom } from '../src/editor/itemRoom'
import { moveRoom } from '../src/editor/moveRoom'

const schema = getSchema(schemaExtensions)

const withChildren = (type: 'agendaItem' | 'subItem', title: string, children: object[] = []) => {
  const json = createItemNode(type, { title })
  json.content = [...(json.content ?? []), ...children]
  return json
}

const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    withChildren('agendaItem', 'Godkjenning'),
    { type: 'sectionHeading', content: [{ type: 'text', text: 'Saker' }] },
    withChildren('agendaItem', 'Budsjett', [
      withChildren('subItem', 'Drift'),
      { type: 'paragraph', content: [{ type: 'text', text: 'Mellom' }] },
      withChildren('subItem', 'Investering', [withChildren('subItem', 'Veg')]),
    ]),
    withChildren('agendaItem', 'Eventuelt', [withChildren('subItem', 'Eneste')]),
  ],
})

describe('itemRoom', () => {
  it('gives every agenda item and sub-item the room moveRoom finds at its position', () => {
    const checked: string[] = []
    doc.descendants((node: ProseMirrorNode, pos: number) => {
      if (node.type.name !== 'agendaItem' && node.type.name !== 'subItem') return true
      checked.push(node.firstChild?.textContent ?? '')
      expect(itemRoom(doc, node), node.firstChild?.textContent).toEqual(moveRoom(doc, pos))
      return true
    })
    expect(checked).toEqual([
      'Godkjenning',
      'Budsjett',
      'Drift',
      'Investering',
      'Veg',
      'Eventuelt',
      'Eneste',
    ])
    expect(itemRoom(doc, doc.child(0))).toEqual({ up: false, down: true })
    expect(itemRoom(doc, doc.child(3))).toEqual({ up: true, down: false })
  })

  it('knows nothing of a node that is not in the document', () => {
    expect(itemRoom(doc, schema.nodeFromJSON(withChildren('agendaItem', 'Annen')))).toBeUndefined()
  })
})
