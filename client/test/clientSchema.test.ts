import { getSchema } from '@tiptap/core'
import type { NodeSpec } from '@tiptap/pm/model'
import { schemaExtensions } from '@referat/shared'
import { describe, expect, it } from 'vitest'
import { clientExtensions } from '../src/editor/clientExtensions'

const names = (record: Record<string, unknown>) => Object.keys(record).sort()

describe('client schema', () => {
  const shared = getSchema(schemaExtensions)
  const client = getSchema(clientExtensions)

  it('has exactly the node types of the shared schema', () => {
    expect(names(client.nodes)).toEqual(names(shared.nodes))
  })

  it('has exactly the mark types of the shared schema', () => {
    expect(names(client.marks)).toEqual(names(shared.marks))
  })

  it('keeps the content expressions and groups of the shared nodes', () => {
    for (const name of names(shared.nodes)) {
      expect(client.nodes[name]?.spec.content, name).toBe(shared.nodes[name]?.spec.content)
      expect(client.nodes[name]?.spec.group, name).toBe(shared.nodes[name]?.spec.group)
    }
  })

  it('keeps the attributes and HTML tags of the shared nodes', () => {
    for (const name of names(shared.nodes)) {
      const tags = (spec: NodeSpec | undefined) => spec?.parseDOM?.map((rule) => rule.tag)
      expect(names(client.nodes[name]?.spec.attrs ?? {}), name).toEqual(
        names(shared.nodes[name]?.spec.attrs ?? {}),
      )
      expect(tags(client.nodes[name]?.spec), name).toEqual(tags(shared.nodes[name]?.spec))
    }
  })

  it('gives agenda items and sub-items the React views', () => {
    const nodeView = (name: string) => {
      const extension = clientExtensions.find((candidate) => candidate.name === name)
      return (extension?.config as { addNodeView?: unknown } | undefined)?.addNodeView
    }
    expect(nodeView('agendaItem')).toBeTypeOf('function')
    expect(nodeView('subItem')).toBeTypeOf('function')
  })
})
