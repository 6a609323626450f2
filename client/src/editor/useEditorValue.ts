import type { Editor } from '@tiptap/core'
import { useCallback, useRef, useSyncExternalStore } from 'react'
import { afterNextPaint } from './afterNextPaint'

/**
 * A value read from the editor, read again after every transaction; the component re-renders
 * only when it changes (`Object.is`), so `read` must return the same object for the same value.
 * Much lighter than Tiptap's `useEditorState` (no selector memo, no deep comparison), which
 * matters for the hundreds of node views of a long meeting that each keep such a value.
 */
export function useEditorValue<T>(editor: Editor, read: (editor: Editor) => T): T {
  const subscribe = useCallback(
    (notify: () => void) => {
      editor.on('transaction', notify)
      return () => {
        editor.off('transaction', notify)
      }
    },
    [editor],
  )
  return useSyncExternalStore(subscribe, () => read(editor))
}

/**
 * A value of the editor for panels and toolbars, read again once the browser has painted a
 * transaction rather than before (so at most one frame late): their work then never stands
 * between a keystroke and the letter on screen. A new value `equal` to the previous one keeps the
 * previous object, so the component re-renders only when what it shows changed. Null until there
 * is an editor.
 */
export function useEditorValueAfterPaint<T>(
  editor: Editor,
  read: (editor: Editor) => T,
  equal: (a: T, b: T) => boolean,
): T
export function useEditorValueAfterPaint<T>(
  editor: Editor | null,
  read: (editor: Editor) => T,
  equal: (a: T, b: T) => boolean,
): T | null
export function useEditorValueAfterPaint<T>(
  editor: Editor | null,
  read: (editor: Editor) => T,
  equal: (a: T, b: T) => boolean,
): T | null {
  const last = useRef<{ value: T } | null>(null)
  const subscribe = useCallback(
    (notify: () => void) => {
      if (!editor) return () => {}
      let cancel: (() => void) | null = null
      const onTransaction = () => {
        cancel ??= afterNextPaint(() => {
          cancel = null
          notify()
        })
      }
      editor.on('transaction', onTransaction)
      return () => {
        editor.off('transaction', onTransaction)
        cancel?.()
      }
    },
    [editor],
  )
  const snapshot = () => {
    if (!editor) return null
    const next = read(editor)
    if (last.current && equal(last.current.value, next)) return last.current.value
    last.current = { value: next }
    return next
  }
  return useSyncExternalStore(subscribe, snapshot)
}
