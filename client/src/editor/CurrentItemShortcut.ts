import { Extension } from '@tiptap/core'
import type * as Y from 'yjs'
import { setCurrentItem } from '../live/setCurrentItem'
import { liveMeetingKey } from './LiveMeeting'

export interface CurrentItemShortcutOptions {
  /** The meeting's Y.Doc, where the current item is kept. */
  doc: Y.Doc | null
}

/** The keys of "make the agenda item with the caret the current one". */
export const CURRENT_ITEM_SHORTCUT = 'Mod-Shift-l'

/**
 * Ctrl/⌘+Shift+L makes the agenda item holding the caret the current one, for whoever runs the
 * live meeting: the keyboard's way to the gutter's "make current" button, which is out of the
 * tab order because it repeats on every item.
 */
export const CurrentItemShortcut = Extension.create<CurrentItemShortcutOptions>({
  name: 'currentItemShortcut',

  addOptions() {
    return { doc: null }
  },

  addKeyboardShortcuts() {
    return {
      [CURRENT_ITEM_SHORTCUT]: ({ editor }) => {
        const live = liveMeetingKey.getState(editor.state)?.live
        const { doc } = this.options
        if (!doc || !live?.canModerate || live.status !== 'live') return false
        const { $head } = editor.state.selection
        const item = $head.depth >= 1 ? $head.node(1) : null
        if (item?.type.name !== 'agendaItem' || typeof item.attrs.id !== 'string') return false
        setCurrentItem(doc, item.attrs.id)
        return true
      },
    }
  },
})
