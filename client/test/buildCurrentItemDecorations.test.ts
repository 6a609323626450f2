import { getSchema } from '@tiptap/core'
import { createItemNode, schemaExtensions } from '@referat/shared'
import { describe, expect, it } from 'vitest'
import { buildCurrentItemDecorations } from '../src/editor/buildCurrentItemDecorations'

const schema = getSchema(schemaExtensions)
const item = (id: string, title: string) => {
  const json = createItemNode('agendaItem', { title })
  return { ...json, attrs: { ...json.attrs, id } }
}
const doc = schema.nodeFromJSON({ type: 'doc', content: [item('x', 'Første'), item('y', 'Andre')] })

describe('buildCurrentItemDecorations', () => {
  it('marks the agenda item with the current id', () => {
    const found = buildCurrentItemDecorations(doc, 'y').find()
    expect(found).toHaveLength(1)
    expect(doc.nodeAt(found[0]?.from ?? -1)?.firstChild?.textContent).toBe('Andre')
  })

  it('marks nothing without a current item or for an unknown id', () => {
    expect(buildCurrentItemDecorations(doc, null).find()).toHaveLength(0)
    expect(buildCurrentItemDecorations(doc, 'gone').find()).toHaveLength(0)
  })
})
