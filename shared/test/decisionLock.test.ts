// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { schemaExtensions } from '../src/schema/schemaExtensions'

const decision = (id: string, text: string, state = 'proposed'): JSONContent => ({
  type: 'decision',
  attrs: { id, state, decidedBy: state === 'decided' ? 'Eli' : null },
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})
const item = (id: string, ...content: JSONContent[]): JSONContent => ({
  type: 'agendaItem',
  attrs: { id, kind: 'discussion' },
  content: [{ type: 'agendaTitle', content: [{ type: 'text', text: `Sak ${id}` }] }, ...content],
})

let editor: Editor | undefined
afterEach(() => editor?.destroy())

function editorWith(canDecide: boolean, ...content: JSONContent[]): Editor {
  editor = new Editor({ extensions: schemaExtensions, content: { type: 'doc', content } })
  editor.storage.decisionLock.canDecide = canDecide
  return editor
}

function cursorIn(e: Editor, text: string): void {
  let found = -1
  e.state.doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text?.includes(text)) found = pos + 1
  })
  e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, found)))
}

const decisions = (e: Editor) => {
  const found: Record<string, unknown>[] = []
  e.state.doc.descendants((node) => {
    if (node.type.name === 'decision') found.push({ ...node.attrs, text: node.textContent })
  })
  return found
}

describe('decisions', () => {
  it('the moderator marks a proposal decided, with name, time and vote, and can undo it', () => {
    const e = editorWith(true, item('a', decision('d1', 'Utkastet godkjennes.')))
    cursorIn(e, 'Utkastet')
    expect(
      e.commands.markDecided({ by: 'Eli Bryhni', vote: { for: 7, against: 2, blank: 0 } }),
    ).toBe(true)
    expect(decisions(e)[0]).toMatchObject({
      state: 'decided',
      decidedBy: 'Eli Bryhni',
      votesFor: 7,
    })
    expect(Date.parse(decisions(e)[0]?.decidedAt as string)).toBeGreaterThan(0)
    expect(e.commands.undoDecided()).toBe(true)
    expect(decisions(e)[0]).toMatchObject({ state: 'proposed', decidedBy: null, votesFor: null })
  })

  it("a secretary's editor cannot decide, edit, delete or paste a decided decision", () => {
    const e = editorWith(
      false,
      item('a', decision('d1', 'Forslag.'), decision('d2', 'Vedtatt.', 'decided')),
    )
    cursorIn(e, 'Forslag')
    e.commands.markDecided({ by: 'Sekretær' })
    expect(decisions(e)[0]).toMatchObject({ state: 'proposed' })

    cursorIn(e, 'Vedtatt')
    e.commands.insertContent('endret ')
    expect(decisions(e)[1]?.text).toBe('Vedtatt.')
    e.commands.undoDecided()
    expect(decisions(e)[1]).toMatchObject({ state: 'decided' })
    const before = e.state.doc
    e.commands.deleteRange({ from: 0, to: e.state.doc.content.size })
    expect(e.state.doc.eq(before)).toBe(true)

    // A proposal stays editable.
    cursorIn(e, 'Forslag')
    e.commands.insertContent('Nytt ')
    expect(decisions(e)[0]?.text).toContain('Nytt')
  })

  it('reordering items never re-creates a decided decision when it can be avoided', () => {
    const e = editorWith(false, item('a', decision('d2', 'Vedtatt.', 'decided')), item('b'))
    cursorIn(e, 'Sak b')
    expect(e.commands.moveItem('up')).toBe(true)
    expect(e.state.doc.child(0).attrs.id).toBe('b')
    expect(decisions(e)[0]).toMatchObject({ state: 'decided', text: 'Vedtatt.' })
  })
})
