// @vitest-environment happy-dom
import type { Editor, JSONContent } from '@tiptap/core'
import { yUndoPluginKey } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import { pairedEditors } from './support/pairedEditors'

const item = (title: string): JSONContent => ({
  type: 'agendaItem',
  attrs: { id: `id-${title}`, kind: 'discussion' },
  content: [
    { type: 'agendaTitle', content: [{ type: 'text', text: title }] },
    { type: 'paragraph' },
  ],
})

function pair() {
  const [kari, ola] = pairedEditors()
  return { kari, ola }
}

/** The end of the paragraph of agenda item `index` in `editor`'s document. */
function paragraphEnd(editor: Editor, index: number): number {
  let pos = 0
  for (let i = 0; i < index; i++) pos += editor.state.doc.child(i).nodeSize
  const itemNode = editor.state.doc.child(index)
  const paragraphStart = pos + 1 + itemNode.child(0).nodeSize
  return paragraphStart + 1 + itemNode.child(1).content.size
}

const texts = (editor: Editor) =>
  editor.state.doc.content.content.map((node) => node.child(1).textContent)

describe('undo in a shared meeting', () => {
  it("undoes one's own changes only, never what someone else wrote meanwhile", () => {
    const { kari, ola } = pair()
    kari.commands.setContent({ type: 'doc', content: [item('Budsjett'), item('Eventuelt')] })
    // The meeting as it was before: not part of what either of them may undo here.
    yUndoPluginKey.getState(kari.state)?.undoManager.clear()
    kari.chain().insertContentAt(paragraphEnd(kari, 0), 'Kari skriver.').run()
    ola.chain().insertContentAt(paragraphEnd(ola, 1), 'Ola skriver.').run()
    expect(texts(kari)).toEqual(['Kari skriver.', 'Ola skriver.'])

    kari.commands.undo()
    expect(texts(kari)).toEqual(['', 'Ola skriver.'])
    expect(texts(ola)).toEqual(['', 'Ola skriver.'])

    // Ola's undo takes his own sentence, and Kari's redo brings hers back.
    ola.commands.undo()
    expect(texts(ola)).toEqual(['', ''])
    kari.commands.redo()
    expect(texts(ola)).toEqual(['Kari skriver.', ''])
  })
})
