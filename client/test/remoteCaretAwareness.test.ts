// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { remoteCaretAwareness } from '../src/editor/remoteCaretAwareness'

describe('remoteCaretAwareness', () => {
  it("tells change listeners of others' changes at once, of our own after the next paint", async () => {
    const own = new Awareness(new Y.Doc())
    const other = new Awareness(new Y.Doc())
    const filtered = remoteCaretAwareness(own)
    const heard: number[][] = []
    const listener = ({ added, updated }: { added: number[]; updated: number[] }) =>
      heard.push([...added, ...updated])
    filtered.on('change', listener)
    const updates: number[] = []
    filtered.on('update', () => updates.push(1))

    own.setLocalStateField('cursor', { anchor: 1, head: 1 })
    own.setLocalStateField('cursor', { anchor: 2, head: 2 })
    expect(heard).toEqual([])
    expect(updates).toHaveLength(2)
    await vi.waitFor(() => expect(heard).toEqual([[own.clientID]]))
    heard.length = 0

    other.setLocalStateField('cursor', { anchor: 2, head: 2 })
    applyAwarenessUpdate(own, encodeAwarenessUpdate(other, [other.clientID]), 'remote')
    expect(heard).toEqual([[other.clientID]])

    // Reads and writes reach the real awareness.
    filtered.setLocalStateField('user', { name: 'Kari' })
    expect(own.getLocalState()?.user).toEqual({ name: 'Kari' })
    expect(filtered.getStates().size).toBe(2)
    expect(filtered.clientID).toBe(own.clientID)

    filtered.off('change', listener)
    other.setLocalStateField('cursor', { anchor: 3, head: 3 })
    applyAwarenessUpdate(own, encodeAwarenessUpdate(other, [other.clientID]), 'remote')
    own.setLocalStateField('cursor', { anchor: 4, head: 4 })
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(heard).toHaveLength(1)
    own.destroy()
    other.destroy()
  })
})
