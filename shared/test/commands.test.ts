// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core'
import { NodeSelection, TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it } from 'vitest'
import { schemaExtensions } from '../src/schema/schemaExtensions'

const item = (title: string, ...body: string[]): JSONContent => ({
  type: 'agendaItem',
  attrs: { id: `id-${title}`, kind: 'discussion' },
  content: [
    { type: 'agendaTitle', content: title ? [{ type: 'text', text: title }] : [] },
    ...body.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  ],
})
const section = (text: string): JSONContent => ({
  type: 'sectionHeading',
  content: [{ type: 'text', text }],
})

let editor: Editor | undefined
afterEach(() => editor?.destroy())

function editorWith(...content: JSONContent[]): Editor {
  editor = new Editor({ extensions: schemaExtensions, content: { type: 'doc', content } })
  return editor
}

/** Puts the cursor into the text `text`. */
function cursorIn(e: Editor, text: string): void {
  let found = -1
  e.state.doc.descendants((node, pos) => {
    if (found < 0 && node.isText && node.text?.includes(text)) found = pos + 1
  })
  if (found < 0) throw new Error(`no text ${text}`)
  e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, found)))
}

const json = (e: Editor): JSONContent => e.getJSON() as JSONContent

const titles = (e: Editor) =>
  (json(e).content ?? []).map((n) =>
    n.type === 'agendaItem'
      ? (n.content?.[0]?.content?.[0]?.text ?? '')
      : `[${n.content?.[0]?.text}]`,
  )

describe('agenda commands', () => {
  it('inserts a new agenda item after the current one, with the cursor in its title', () => {
    const e = editorWith(item('A', 'a'), item('B'))
    cursorIn(e, 'a')
    expect(e.commands.insertAgendaItem({ title: 'Ny sak' })).toBe(true)
    expect(titles(e)).toEqual(['A', 'Ny sak', 'B'])
    expect(e.state.selection.$from.parent.type.name).toBe('agendaTitle')
    expect(e.state.selection.$from.parent.textContent).toBe('Ny sak')
  })

  it('moves an item up and down, past section headings, keeping the cursor in it', () => {
    const e = editorWith(item('A', 'a'), section('Orienteringer'), item('B', 'b'), item('C'))
    cursorIn(e, 'b')
    expect(e.commands.moveItem('up')).toBe(true)
    expect(titles(e)).toEqual(['A', 'B', '[Orienteringer]', 'C'])
    expect(e.commands.moveItem('up')).toBe(true)
    expect(titles(e)).toEqual(['B', 'A', '[Orienteringer]', 'C'])
    expect(e.state.selection.$from.parent.textContent).toBe('b')
    expect(e.commands.moveItem('up')).toBe(false)
    cursorIn(e, 'a')
    expect(e.commands.moveItem('down')).toBe(true)
    expect(e.commands.moveItem('down')).toBe(true)
    expect(titles(e)).toEqual(['B', '[Orienteringer]', 'C', 'A'])
    expect(e.commands.moveItem('down')).toBe(false)
  })

  it('moves a selected item (as after a drag) and keeps it selected', () => {
    const e = editorWith(item('A'), item('B'))
    e.view.dispatch(e.state.tr.setSelection(NodeSelection.create(e.state.doc, 0)))
    expect(e.commands.moveItem('down')).toBe(true)
    expect(titles(e)).toEqual(['B', 'A'])
    expect(e.state.selection).toBeInstanceOf(NodeSelection)
    expect((e.state.selection as NodeSelection).node.attrs.id).toBe('id-A')
  })

  it('moves a sub-item among its siblings but never above the title', () => {
    const e = editorWith(item('A', 'intro'))
    cursorIn(e, 'intro')
    e.commands.insertSubItem({ title: 'a-sak' })
    e.commands.insertSubItem({ title: 'b-sak' })
    const subTitles = () =>
      (json(e).content?.[0]?.content ?? [])
        .filter((n) => n.type === 'subItem')
        .map((n) => n.content?.[0]?.content?.[0]?.text)
    expect(subTitles()).toEqual(['a-sak', 'b-sak'])
    expect(e.commands.moveItem('up')).toBe(true)
    expect(subTitles()).toEqual(['b-sak', 'a-sak'])
    expect(e.commands.moveItem('up')).toBe(true) // above the paragraph "intro"
    expect(e.commands.moveItem('up')).toBe(false) // not above the title
  })

  it('splits a title at the cursor into a new paragraph on Enter', () => {
    const e = editorWith(item('Godkjenning av innkalling'))
    cursorIn(e, 'Godkjenning')
    const { $from } = e.state.selection
    e.view.dispatch(e.state.tr.setSelection(TextSelection.create(e.state.doc, $from.start() + 11)))
    // As a real key press (the keyboardShortcut command would replay the steps, not the selection).
    e.view.someProp('handleKeyDown', (handle) =>
      handle(e.view, new KeyboardEvent('keydown', { key: 'Enter' })),
    )
    const first = json(e).content?.[0]
    expect(first?.content?.[0]?.content?.[0]?.text).toBe('Godkjenning')
    expect(first?.content?.[1]).toMatchObject({
      type: 'paragraph',
      content: [{ text: ' av innkalling' }],
    })
    expect(e.state.selection.$from.parent.type.name).toBe('paragraph')
  })

  it('inserts decisions, action items and section headings where they belong', () => {
    const e = editorWith(item('A', 'tekst'))
    cursorIn(e, 'tekst')
    expect(e.commands.insertDecision()).toBe(true)
    expect(e.commands.insertActionItem()).toBe(true)
    const types = json(e).content?.[0]?.content?.map((n) => n.type)
    expect(types).toEqual(['agendaTitle', 'paragraph', 'decision', 'actionItem'])
    expect(e.commands.insertSectionHeading('Orienteringer')).toBe(true)
    expect(json(e).content?.map((n) => n.type)).toEqual(['agendaItem', 'sectionHeading'])
  })

  it('gives a pasted duplicate of an item a new id', () => {
    const e = editorWith(item('A'), item('B'))
    const first = e.state.doc.child(0)
    e.view.dispatch(e.state.tr.insert(e.state.doc.content.size, first))
    const ids = (json(e).content ?? []).map((n) => n.attrs?.id)
    expect(ids).toHaveLength(3)
    expect(new Set(ids).size).toBe(3)
    expect(ids.slice(0, 2)).toEqual(['id-A', 'id-B'])
  })

  it('gives an item whose id was set to another item’s, or cleared, a new one', () => {
    const e = editorWith(item('A'), item('B'), item('C'))
    const second = e.state.doc.child(0).nodeSize
    const third = second + e.state.doc.child(1).nodeSize
    e.view.dispatch(e.state.tr.setNodeAttribute(second, 'id', 'id-A'))
    e.view.dispatch(e.state.tr.setNodeAttribute(third, 'id', null))
    const ids = (json(e).content ?? []).map((n) => n.attrs?.id as unknown)
    expect(ids[0]).toBe('id-A')
    expect(new Set(ids).size).toBe(3)
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true)
  })
})
