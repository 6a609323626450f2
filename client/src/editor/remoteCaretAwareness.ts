import type { Awareness } from 'y-protocols/awareness'
import { afterNextPaint } from './afterNextPaint'

type ChangeListener = (
  changes: { added: number[]; updated: number[]; removed: number[] },
  origin: unknown,
) => void

/**
 * `awareness` as the caret plugin should see it: its `change` listeners hear of changes to our
 * own presence only after the next paint (once per frame). y-tiptap's caret plugin answers every
 * `change` with a second editor transaction that redraws the others' carets, and our own caret
 * changes with every keystroke, so that transaction ran between each keystroke and its paint.
 * The redraw is still needed (after a split, say, the plugin hides the others' carets until
 * the next one), one frame later. Changes of others' presence are passed on at once; everything
 * else goes to `awareness` itself.
 */
export function remoteCaretAwareness(awareness: Awareness): Awareness {
  const wrapped = new Map<ChangeListener, { onChange: ChangeListener; cancel: () => void }>()
  const on = (name: string, listener: ChangeListener) => {
    if (name !== 'change') return awareness.on(name as 'change', listener)
    let pending: (() => void) | null = null
    const onChange: ChangeListener = (changes, origin) => {
      const { added, updated, removed } = changes
      const own = awareness.clientID
      if ([...added, ...updated, ...removed].some((id) => id !== own)) {
        listener(changes, origin)
        return
      }
      pending ??= afterNextPaint(() => {
        pending = null
        listener(changes, origin)
      })
    }
    wrapped.set(listener, { onChange, cancel: () => pending?.() })
    awareness.on('change', onChange)
  }
  const off = (name: string, listener: ChangeListener) => {
    if (name !== 'change') return awareness.off(name as 'change', listener)
    const entry = wrapped.get(listener)
    if (!entry) return
    wrapped.delete(listener)
    entry.cancel()
    awareness.off('change', entry.onChange)
  }
  return new Proxy(awareness, {
    get(target, property) {
      if (property === 'on') return on
      if (property === 'off') return off
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function'
        ? (value as (...args: unknown[]) => unknown).bind(target)
        : value
    },
  })
}
