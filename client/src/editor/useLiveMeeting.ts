import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import type { LiveState } from '../live/LiveState'
import { liveMeetingKey, NO_LIVE_STATE } from './LiveMeeting'

/** The live meeting state the editor was told (see `setLiveMeeting`), for node views. */
export function useLiveMeeting(editor: Editor): LiveState {
  return useEditorState({
    editor,
    selector: ({ editor: current }) =>
      liveMeetingKey.getState(current.state)?.live ?? NO_LIVE_STATE,
    equalityFn: (a, b) => a === b,
  })
}
