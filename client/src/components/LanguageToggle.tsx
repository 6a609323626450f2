import { LANGUAGES, type Language } from '@referat/shared'
import { useI18n } from '../i18n/useI18n'

/** Each language by its own name, short enough for the header; "Norsk" alone would be ambiguous. */
const NAMES: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' }

/**
 * Switches the UI language (bokmål, nynorsk or English): a group of toggle buttons, one tab stop
 * each, named by their text. The choice is remembered on this computer.
 */
export function LanguageToggle() {
  const { lang, t, setLanguage } = useI18n()
  return (
    <div className="language-toggle" role="group" aria-label={t.uiLanguage}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className="language-option"
          aria-pressed={lang === code}
          onClick={() => setLanguage(code)}
        >
          {NAMES[code]}
        </button>
      ))}
    </div>
  )
}
