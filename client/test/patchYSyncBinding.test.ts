// @vitest-environment happy-dom
import type { Editor, JSONContent } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { patchYSyncBinding } from '../src/editor/patchYSyncBinding'
import { pairedEditors } from './support/pairedEditors'

patchYSyncBinding()

const item = (title: string, text: string): JSONContent => ({
  type: 'agendaItem',
  attrs: { id: `id-${title}`, kind: 'discussion' },
  content: [
    { type: 'agendaTitle', content: [{ type: 'text', text: title }] },
    { type: 'paragraph', content: [{ type: 'text', text }] },
  ],
})

/** Two editors in one meeting, `a` holding `content`. */
function pair(content: JSONContent[]) {
  const [a, b] = pairedEditors()
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
