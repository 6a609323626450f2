import { useContext } from 'react'
import { I18nContext, type I18n } from './I18nContext'

/** The UI language and its strings. */
export function useI18n(): I18n {
  return useContext(I18nContext)
}
