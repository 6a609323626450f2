import { useEffect, useMemo, type ReactNode } from 'react'
import type { Language } from '@referat/shared'
import { settings } from '../state/settings'
import { useLocalSetting } from '../state/useLocalSetting'
import { chooseUiLanguage } from './chooseUiLanguage'
import { dictionaries } from './dictionaries'
import { I18nContext, type I18n } from './I18nContext'

interface I18nProviderProps {
  /** The language of the open meeting; used unless the user chose a UI language. */
  documentLanguage?: Language
  children: ReactNode
}

const setLanguage = (lang: Language) => settings.uiLanguage.set(lang)

/** Chooses the UI language: the user's choice, else the meeting's language, else bokmål. */
export function I18nProvider({ documentLanguage, children }: I18nProviderProps) {
  const chosen = useLocalSetting(settings.uiLanguage)
  const lang = chooseUiLanguage(chosen, documentLanguage)

  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])

  const value = useMemo<I18n>(() => ({ lang, t: dictionaries[lang], setLanguage }), [lang])
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>
}
