import { createItemNode } from '@referat/shared'
import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { nextAgenda } from '../src/meetings/nextAgenda'

const titles = (doc: JSONContent) =>
  (doc.content ?? []).map((node) =>
    (node.content?.[0]?.content ?? []).map((text) => text.text ?? '').join(''),
  )

const openAction: JSONContent = {
  type: 'actionItem',
  attrs: { id: 'x1', assignee: '', due: '', done: false },
  content: [{ type: 'text', text: 'Sende notatet' }],
}

/** A meeting's body: an item with an open action item, then an item of its own. */
function previousBody(): JSONContent {
  const withAction = createItemNode('agendaItem', { title: 'Budsjett' })
  withAction.content = [...(withAction.content ?? []), openAction]
  return {
    type: 'doc',
    content: [withAction, createItemNode('agendaItem', { title: 'Eventuelt' })],
  }
}

describe('nextAgenda', () => {
  it('writes the items it makes in nynorsk for a nynorsk series', () => {
    const next = nextAgenda(previousBody(), 'nn', '2026-03-16', 'https://referat.example/m/1')
    expect(titles(next)).toEqual([
      'Godkjenning av innkalling',
      'Godkjenning av referat frå møtet 16.03.2026',
      'Oppfølging frå førre møte',
      'Budsjett',
      'Eventuelt',
    ])
    expect(JSON.stringify(next.content?.[1])).toContain('Referat frå møtet 16.03.2026')
  })

  it('does not copy its own items on to the meeting after, in any language', () => {
    for (const language of ['nb', 'nn', 'en'] as const) {
      const second = nextAgenda(previousBody(), language, '2026-03-16', 'https://x.example/1')
      const third = nextAgenda(second, language, '2026-04-20', 'https://x.example/2')
      expect(titles(third), language).toEqual([
        ...titles(second)
          .slice(0, 3)
          .map((title) => title.replace('16.03.2026', '20.04.2026')),
        'Budsjett',
        'Eventuelt',
      ])
    }
  })
})
