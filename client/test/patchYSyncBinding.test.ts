// @vitest-environment happy-dom
import { DocLayout, schemaExtensions } from '@referat/shared'
import { Editor, type JSONContent } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { patchYSyncBinding } from '../src/editor/patchYSyncBinding'

patchYSyncBinding()

const item = (title: string, text: string): JSONContent => ({
  type: 'agendaItem',
  attrs: { id: `id-${title}`, kind: 'discussion' },
  content: [
    { type: 'agendaTitle', content: [{ type: 'text', text: title }] },
    { type: 'paragraph', content: [{ type: 'text', text }] },
  ],
})

const editors: Editor[] = []
afterEach(() => editors.splice(0).forEach((editor) => editor.destroy()))

/** Two editors on two Yjs documents that pass every update to each other at once. */
function pair(content: JSONContent[]) {
  const docs = [new Y.Doc(), new Y.Doc()] as const
  docs[0].on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') Y.applyUpdate(docs[1], update, 'peer')
  })
  docs[1].on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== 'peer') Y.applyUpdate(docs[0], update, 'peer')
  })
  const [a, b] = docs.map((document) => {
    const editor = new Editor({
      extensions: [
        ...schemaExtensions,
        Collaboration.configure({ document, field: DocLayout.body }),
      ],
    })
    editors.push(editor)
    return editor
  }) as [Editor, Editor]
  a.commands.setContent({ type: 'doc', content })
  return { a, b }
}

/** A small seeded random number generator, so that a failure repeats. */
function random(seed: number) {
  let state = seed
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % below
  }
}

function textPositions(editor: Editor): number[] {
  const positions: number[] = []
  editor.state.doc.descendants((node, pos) => {
    if (node.isTextblock) positions.push(pos + 1 + node.content.size)
  })
  return positions
}

describe('patchYSyncBinding', () => {
  it('keeps the other agenda items’ nodes when another secretary types in one', () => {
    const { a, b } = pair([item('A', 'a'), item('B', 'b'), item('C', 'c'), item('D', 'd')])
    const before = [0, 1, 2, 3].map((i) => b.state.doc.child(i))
    const inB = textPositions(a)[3] as number // the end of item B's paragraph
    a.view.dispatch(a.state.tr.insertText(' og mer', inB))
    expect(b.getJSON()).toEqual(a.getJSON())
    expect(b.state.doc.child(1).textContent).toBe('Bb og mer')
    expect(b.state.doc.child(0)).toBe(before[0])
    expect(b.state.doc.child(2)).toBe(before[2])
    expect(b.state.doc.child(3)).toBe(before[3])
  })

  it('ends with the same document on both sides after random edits, moves and deletions', () => {
    const { a, b } = pair(['A', 'B', 'C', 'D', 'E', 'F'].map((title) => item(title, title)))
    const next = random(20261127)
    for (let step = 0; step < 300; step++) {
      const editor = next(3) === 0 ? b : a
      const choice = next(6)
      const positions = textPositions(editor)
      const at = positions[next(positions.length)] as number
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, at)))
      if (choice <= 2) editor.commands.insertContent(`${step} `)
      else if (choice === 3) editor.commands.moveItem(next(2) === 0 ? 'up' : 'down')
      else if (choice === 4) editor.commands.insertAgendaItem({ title: `Ny ${step}` })
      else if (editor.state.doc.childCount > 3) {
        const index = next(editor.state.doc.childCount)
        let from = 0
        for (let i = 0; i < index; i++) from += editor.state.doc.child(i).nodeSize
        editor.view.dispatch(
          editor.state.tr.delete(from, from + editor.state.doc.child(index).nodeSize),
        )
      }
      expect(b.getJSON(), `step ${step}`).toEqual(a.getJSON())
    }
  })
})
