import type { Language } from './meetingMeta'

const LOCALES = {
  nb: 'nb-NO',
  nn: 'nn-NO',
  en: 'en-GB',
} as const satisfies Record<Language, string>

export type Locale = (typeof LOCALES)[Language]

/**
 * The locale of a language: for dates and times (`Intl`, so nynorsk gets "måndag") and as the
 * document language of Word and PDF files.
 */
export function localeOf(language: Language): Locale {
  return LOCALES[language]
}
