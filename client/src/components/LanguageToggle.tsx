import { LANGUAGES, type Language } from '@referat/shared'
import { useI18n } from '../i18n/useI18n'

const NAMES: Record<Language, string> = { nb: 'Norsk', en: 'English' }

/** Switches the UI language (bokmål or English); the choice is remembered on this computer. */
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
