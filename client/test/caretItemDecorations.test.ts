import { getSchema } from '@tiptap/core'
import { createItemNode, schemaExtensions } from '@referat/shared'
import { EditorState, TextSelection } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { CARET_ITEM_CLASS, caretItemDecorations } from '../src/editor/CaretItemVisible'

const schema = getSchema(schemaExtensions)

const doc = schema.nodeFromJSON({
  type: 'doc',
  content: [
    createItemNode('agendaItem', { title: 'Første' }),
    { type: 'sectionHeading', content: [{ type: 'text', text: 'Orienteringer' }] },
    createItemNode('agendaItem', { title: 'Andre' }),
  ],
})

const caretIn = (text: string) => {
  let pos = -1
  doc.descendants((node, at) => {
    if (pos < 0 && node.isText && node.text === text) pos = at + 1
  })
  return EditorState.create({ doc, selection: TextSelection.create(doc, pos) })
}

describe('caretItemDecorations', () => {
  it('marks the agenda item that holds the caret, and only it', () => {
    const decorations = caretItemDecorations(caretIn('Andre')).find()
    const second = doc.child(0).nodeSize + doc.child(1).nodeSize
    expect(decorations).toHaveLength(1)
    expect(decorations[0]).toMatchObject({ from: second, to: second + doc.child(2).nodeSize })
    expect((decorations[0] as unknown as { type: { attrs: object } }).type.attrs).toEqual({
      class: CARET_ITEM_CLASS,
    })
  })

  it('marks nothing when the caret is outside agenda items', () => {
    expect(caretItemDecorations(caretIn('Orienteringer')).find()).toHaveLength(0)
  })
})
