import type { Editor } from '@tiptap/core'
import { useCallback, useSyncExternalStore } from 'react'

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
