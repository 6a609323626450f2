import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { DecorationSet } from '@tiptap/pm/view'
import type { LiveState } from '../live/LiveState'
import { buildCurrentItemDecorations } from './buildCurrentItemDecorations'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    liveMeeting: {
      /** Tells the editor the meeting's live state (from the Y.Doc's `meta` and `itemTimes`). */
      setLiveMeeting: (live: LiveState) => ReturnType
    }
  }
}

interface LiveMeetingState {
  live: LiveState
  decorations: DecorationSet
}

export const liveMeetingKey = new PluginKey<LiveMeetingState>('liveMeeting')

/** The live state before the page has told the editor anything. */
export const NO_LIVE_STATE: LiveState = {
  status: 'planned',
  currentItemId: null,
  currentItemSince: null,
  itemTimes: {},
  canModerate: false,
}

/**
 * Keeps the meeting's live state in the editor, for the agenda items' views (time spent, the
 * "make current" button), and highlights the current agenda item with class `is-current`.
 */
export const LiveMeeting = Extension.create({
  name: 'liveMeeting',

  addCommands() {
    return {
      setLiveMeeting:
        (live) =>
        ({ state, tr, dispatch }) => {
          if (liveMeetingKey.getState(state)?.live === live) return true
          if (dispatch) tr.setMeta(liveMeetingKey, live).setMeta('addToHistory', false)
          return true
        },
    }
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<LiveMeetingState>({
        key: liveMeetingKey,
        state: {
          init: () => ({ live: NO_LIVE_STATE, decorations: DecorationSet.empty }),
          apply: (tr, previous, _oldState, newState) => {
            const live = (tr.getMeta(liveMeetingKey) as LiveState | undefined) ?? previous.live
            const moved = live.currentItemId !== previous.live.currentItemId
            if (!tr.docChanged && !moved) {
              return live === previous.live ? previous : { ...previous, live }
            }
            return {
              live,
              decorations: buildCurrentItemDecorations(newState.doc, live.currentItemId),
            }
          },
        },
        props: {
          decorations: (state) => liveMeetingKey.getState(state)?.decorations,
        },
      }),
    ]
  },
})
