import { Fragment, Slice, type Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { ProsemirrorBinding, ySyncPluginKey } from '@tiptap/y-tiptap'

interface BindingInternals {
  mapping: Map<unknown, unknown>
  prosemirrorView: { state: EditorState } | null
}

/**
 * Replaces only the top-level nodes that differ: `next` is the whole new content of `tr.doc`,
 * in which unchanged nodes are the same objects as in `tr.doc`.
 */
export function replaceChangedChildren(
  tr: Transaction,
  next: Fragment,
  replace: (from: number, to: number, slice: Slice) => Transaction = (from, to, slice) =>
    tr.replace(from, to, slice),
): Transaction {
  const doc = tr.doc
  let start = 0
  while (
    start < doc.childCount &&
    start < next.childCount &&
    doc.child(start) === next.child(start)
  ) {
    start++
  }
  let oldEnd = doc.childCount
  let newEnd = next.childCount
  while (oldEnd > start && newEnd > start && doc.child(oldEnd - 1) === next.child(newEnd - 1)) {
    oldEnd--
    newEnd--
  }
  if (start === oldEnd && start === newEnd) return tr
  let from = 0
  for (let i = 0; i < start; i++) from += doc.child(i).nodeSize
  let to = from
  for (let i = start; i < oldEnd; i++) to += doc.child(i).nodeSize
  const nodes: ProseMirrorNode[] = []
  for (let i = start; i < newEnd; i++) nodes.push(next.child(i))
  return replace(from, to, new Slice(Fragment.from(nodes), 0, 0))
}

/** What this patch reads of the sync plugin's state. */
interface SyncState {
  snapshot: unknown
  prevSnapshot: unknown
}

let patched = false

/**
 * Makes the collaboration binding (`@tiptap/y-tiptap` 3.0.9) apply a remote change as a change
 * of the agenda items it touched, not of the whole meeting.
 *
 * On every change from others the binding clears its cache of ProseMirror nodes, rebuilds every
 * node of the document from Yjs and replaces the whole document. In a 300-item meeting that made
 * each keystroke of another secretary cost every plugin, decoration and node view a full pass,
 * and the page fell seconds behind with five people typing. While the binding handles a change,
 * this keeps its node cache (the entries of changed Yjs types are still dropped, as the binding
 * does before clearing) and narrows its whole-document replace to the top-level nodes that
 * differ. The result is the same document: `patchYSyncBinding.test.ts` checks, after 300 random
 * edits, moves and deletions, that the receiving editor holds exactly what the sending one does.
 */
export function patchYSyncBinding(): void {
  if (patched) return
  patched = true
  const prototype = ProsemirrorBinding.prototype as unknown as {
    _typeChanged: (this: BindingInternals, ...args: unknown[]) => void
  }
  const original = prototype._typeChanged
  // Another version of the binding without this method: leave it alone.
  if (typeof original !== 'function') return
  prototype._typeChanged = function (this: BindingInternals, ...args: unknown[]) {
    const view = this.prosemirrorView
    const sync = view && (ySyncPluginKey.getState(view.state) as SyncState | undefined)
    // Showing a snapshot (version history) re-renders everything anyway: leave that as it is.
    if (!view || !sync || sync.snapshot != null || sync.prevSnapshot != null) {
      return original.apply(this, args)
    }
    const mapping = this.mapping
    Object.defineProperty(mapping, 'clear', { configurable: true, value: () => {} })
    Object.defineProperty(this, '_tr', {
      configurable: true,
      get: () => {
        const tr = view.state.tr.setMeta('addToHistory', false)
        const replace = tr.replace.bind(tr)
        tr.replace = (from: number, to: number, slice?: Slice) =>
          from === 0 && to === tr.doc.content.size && slice && slice.openStart === 0
            ? replaceChangedChildren(tr, slice.content, replace)
            : replace(from, to, slice)
        return tr
      },
    })
    try {
      original.apply(this, args)
    } finally {
      delete (mapping as { clear?: unknown }).clear
      delete (this as { _tr?: unknown })._tr
    }
  }
}
