import { getSchema } from '@tiptap/core'
import { createItemNode, schemaExtensions } from '@referat/shared'
import { describe, expect, it, vi } from 'vitest'
import { rerenderOnAttrsChange } from '../src/editor/rerenderOnAttrsChange'
import { shallowEqual, shallowEqualLists } from '../src/editor/shallowEqual'

const schema = getSchema(schemaExtensions)

describe('rerenderOnAttrsChange', () => {
  it('re-renders a node view when its attributes change, not when only its content does', () => {
    const json = createItemNode('agendaItem', { title: 'Budsjett' })
    const before = schema.nodeFromJSON(json)
    const typed = schema.nodeFromJSON({
      ...json,
      content: [{ type: 'agendaTitle', content: [{ type: 'text', text: 'Budsjett 2027' }] }],
    })
    const planned = before.type.create({ ...before.attrs, plannedMinutes: 15 }, before.content)
    const heading = schema.nodeFromJSON({ type: 'sectionHeading' })
    const update = (oldNode: typeof before, newNode: typeof before) => {
      const updateProps = vi.fn()
      const kept = rerenderOnAttrsChange({
        oldNode,
        newNode,
        updateProps,
        oldDecorations: [],
        newDecorations: [],
        oldInnerDecorations: undefined as never,
        innerDecorations: undefined as never,
      })
      return { kept, rendered: updateProps.mock.calls.length }
    }
    expect(update(before, typed)).toEqual({ kept: true, rendered: 0 })
    expect(update(before, planned)).toEqual({ kept: true, rendered: 1 })
    expect(update(before, heading)).toEqual({ kept: false, rendered: 0 })
  })

  it('shallowEqual compares own keys by Object.is, lists pairwise', () => {
    expect(shallowEqual({ a: 1, b: 'x' }, { a: 1, b: 'x' })).toBe(true)
    expect(shallowEqual({ a: 1, b: 'x' }, { a: 1, b: 'y' })).toBe(false)
    expect(shallowEqual<Record<string, unknown>>({ a: 1 }, { a: 1, b: undefined })).toBe(false)
    expect(shallowEqual({ a: {} }, { a: {} })).toBe(false)
    expect(shallowEqualLists([{ a: 1 }, { a: 2 }], [{ a: 1 }, { a: 2 }])).toBe(true)
    expect(shallowEqualLists([{ a: 1 }], [{ a: 1 }, { a: 2 }])).toBe(false)
  })
})
