// @vitest-environment happy-dom
import { createItemNode } from '@referat/shared'
import type { Editor, JSONContent } from '@tiptap/core'
import type { EditorState } from '@tiptap/pm/state'
import { canSplit } from '@tiptap/pm/transform'
import type { DecorationSet } from '@tiptap/pm/view'
import { describe, expect, it } from 'vitest'
import { AgendaNumbering, agendaNumberingKey } from '../src/editor/AgendaNumbering'
import { buildNumberDecorations } from '../src/editor/buildNumberDecorations'
import { keepsNumbering } from '../src/editor/keepsNumbering'
import { patchYSyncBinding } from '../src/editor/patchYSyncBinding'
import { pairedEditors } from './support/pairedEditors'

patchYSyncBinding()

const item = (title: string, subItems: string[] = []): JSONContent => {
  const json = createItemNode('agendaItem', { title })
  json.content = [
    ...(json.content ?? []),
    ...subItems.map((sub) => createItemNode('subItem', { title: sub })),
  ]
  return json
}

/** Two numbering editors in one meeting, `a` holding `content`. */
function pair(content: JSONContent[]) {
  const [a, b] = pairedEditors([AgendaNumbering])
  a.commands.setContent({ type: 'doc', content })
  return { a, b }
}

/** `position label` of every numbering decoration, in document order. */
function labels(set: DecorationSet | undefined): string[] {
  return (set?.find() ?? [])
    .sort((x, y) => x.from - y.from)
    .map((decoration) => {
      const type = (decoration as unknown as { type: { attrs: Record<string, string> } }).type
      return `${decoration.from}-${decoration.to} ${type.attrs['data-number']}`
    })
}

function expectNumberedAsFresh(state: EditorState) {
  const plugin = agendaNumberingKey.getState(state)
  const fresh = buildNumberDecorations(
    state.doc,
    plugin?.options ?? { style: 'plain', start: 1, year: 0 },
  )
  expect(labels(plugin?.decorations)).toEqual(labels(fresh))
}

function random(seed: number) {
  let state = seed
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state % below
  }
}

function textblockEnds(editor: Editor): number[] {
  const positions: number[] = []
  editor.state.doc.descendants((node, pos) => {
    if (node.isTextblock) positions.push(pos + 1 + node.content.size)
  })
  return positions
}

function topLevelStarts(editor: Editor): number[] {
  const positions: number[] = []
  editor.state.doc.forEach((_node, offset) => positions.push(offset))
  return positions
}

describe('agenda numbering while editing', () => {
  it('tells typing, which keeps every number, from changes that may renumber', () => {
    const { a } = pair([item('Godkjenning', ['Første']), item('Eventuelt')])
    const end = textblockEnds(a)[0] as number
    expect(keepsNumbering(a.state.tr.insertText('x', end))).toBe(true)
    expect(keepsNumbering(a.state.tr.delete(end - 2, end))).toBe(true)
    expect(keepsNumbering(a.state.tr.addMark(end - 3, end, a.schema.marks.bold!.create()))).toBe(
      true,
    )
    const paragraphEnd = textblockEnds(a)[1] as number
    expect(a.state.doc.resolve(paragraphEnd).parent.type.name).toBe('paragraph')
    expect(keepsNumbering(a.state.tr.split(paragraphEnd))).toBe(false)
    const start = topLevelStarts(a)[1] as number
    expect(keepsNumbering(a.state.tr.insert(start, a.schema.nodeFromJSON(item('Ny'))))).toBe(false)
    expect(keepsNumbering(a.state.tr.delete(0, start))).toBe(false)
  })

  it('keeps the numbers right through typing, splitting, new and removed items, local and remote (property)', () => {
    const { a, b } = pair([
      item('Godkjenning av innkalling'),
      item('Orienteringer', ['Nasjonalt nettverk', 'Kommunene']),
      item('Budsjett'),
      item('Eventuelt'),
    ])
    const next = random(20261128)
    for (let step = 0; step < 300; step++) {
      const editor = next(4) === 0 ? b : a
      const action = next(10)
      const ends = textblockEnds(editor)
      const starts = topLevelStarts(editor)
      const tr = editor.state.tr
      if (action < 5) {
        tr.insertText('abc '.slice(0, 1 + next(4)), ends[next(ends.length)] as number)
      } else if (action === 5) {
        const end = ends[next(ends.length)] as number
        if (editor.state.doc.resolve(end).parent.content.size > 0) tr.delete(end - 1, end)
      } else if (action === 6) {
        const at = ends[next(ends.length)] as number
        if (canSplit(editor.state.doc, at)) tr.split(at)
      } else if (action === 7) {
        tr.insert(
          starts[next(starts.length)] as number,
          editor.schema.nodeFromJSON(item(`Sak ${step}`)),
        )
      } else if (action === 8 && starts.length > 2) {
        const index = next(starts.length)
        const from = starts[index] as number
        tr.delete(from, from + editor.state.doc.child(index).nodeSize)
      } else {
        const index = next(starts.length)
        const node = editor.state.doc.child(index)
        const end = (starts[index] as number) + node.nodeSize - 1
        if (node.type.name === 'agendaItem') {
          tr.insert(
            end,
            editor.schema.nodeFromJSON(createItemNode('subItem', { title: `Del ${step}` })),
          )
        }
      }
      if (!tr.docChanged) continue
      editor.view.dispatch(tr)
      expectNumberedAsFresh(a.state)
      expectNumberedAsFresh(b.state)
    }
    expect(a.state.doc.toJSON()).toEqual(b.state.doc.toJSON())
  })
})
