import type { Language } from '@referat/shared'
import { createContext } from 'react'
import type * as Y from 'yjs'

export interface MinutesContextValue {
  /** Whether this user marks decisions decided (moderator, organizer). */
  canDecide: boolean
  /** The name recorded as who decided. */
  userName: string
  /** The language the minutes are written in. */
  contentLanguage: Language
  /** The meeting's document, for what node views show and change beside the content. */
  doc: Y.Doc | null
}

/** What the minutes' node views need from the page around the editor. */
export const MinutesContext = createContext<MinutesContextValue>({
  canDecide: false,
  userName: '',
  contentLanguage: 'nb',
  doc: null,
})
