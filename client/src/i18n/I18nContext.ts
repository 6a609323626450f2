import { createContext } from 'react'
import type { Language } from '@referat/shared'
import { nb, type Messages } from './nb'

export interface I18n {
  /** The language the UI is shown in. */
  lang: Language
  /** The strings of that language. */
  t: Messages
  /** Sets the UI language chosen by the user (remembered on this computer). */
  setLanguage: (lang: Language) => void
}

export const I18nContext = createContext<I18n>({ lang: 'nb', t: nb, setLanguage: () => {} })
