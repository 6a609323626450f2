import type { Editor } from '@tiptap/core'
import type { LiveState } from '../live/LiveState'
import { liveMeetingKey, NO_LIVE_STATE } from './LiveMeeting'
import { useEditorValue } from './useEditorValue'

const readLive = (editor: Editor): LiveState =>
  liveMeetingKey.getState(editor.state)?.live ?? NO_LIVE_STATE

/** The live meeting state the editor was told (see `setLiveMeeting`), for node views. */
export function useLiveMeeting(editor: Editor): LiveState {
  return useEditorValue(editor, readLive)
}
