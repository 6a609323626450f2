import { LANGUAGES, type Language } from '@referat/shared'

/**
 * The UI language: the one the user chose (`referat.uiLanguage`, ignored unless it is a language
 * we have), else the open meeting's language, else bokmål.
 */
export function chooseUiLanguage(
  chosen: string | null | undefined,
  documentLanguage: Language | undefined,
): Language {
  return LANGUAGES.find((code) => code === chosen) ?? documentLanguage ?? 'nb'
}
