import type { VoteLanguage } from '../languageVotes'
import { inlinePlainText } from '../markdown/inline/inlinePlainText'

/** Our own export's heading: "Referat: X" / "Minutes: X". */
const EXPORTED = /^(Referat|Minutes): ([\s\S]+)$/
const MINUTES = '(?:referat|protokoll|møteprotokoll|møtereferat)'
const PREFIXES: { pattern: RegExp; language: VoteLanguage | null }[] = [
  { pattern: new RegExp(`^${MINUTES}\\s+fra\\s+(.+)$`, 'iu'), language: 'nb' },
  { pattern: new RegExp(`^${MINUTES}\\s+frå\\s+(.+)$`, 'iu'), language: 'nn' },
  { pattern: new RegExp(`^${MINUTES}\\s+for\\s+(.+)$`, 'iu'), language: 'no' },
  { pattern: /^(?:innkalling|møteinnkalling)\s+til\s+(.+)$/iu, language: 'no' },
  { pattern: /^minutes\s+of\s+(?:the\s+)?(.+)$/iu, language: 'en' },
  { pattern: /^(?:agenda|notice)\s+(?:for|of)\s+(?:the\s+)?(.+)$/iu, language: 'en' },
  { pattern: /^(?:referat|protokoll|innkalling)\s*[:–—-]\s*(.+)$/iu, language: 'no' },
  { pattern: /^(?:minutes|agenda)\s*[:–—-]\s*(.+)$/iu, language: 'en' },
]

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1)

/**
 * The meeting title in a title line. Our own export's "Referat: X" gives X as it is; the usual
 * prefixes of minutes and agendas ("Referat fra møte i X", "Innkalling til …", "Minutes of the
 * …") are left out and the rest capitalised, since every export puts "Referat:" before the
 * title again. Also the language the prefix is in, if any (`no`: bokmål or nynorsk).
 */
export function cleanTitle(raw: string): { title: string; language: VoteLanguage | null } {
  const text = inlinePlainText(raw, { trimStrayDelimiters: true })
  const exported = EXPORTED.exec(text)
  if (exported)
    return { title: exported[2] ?? '', language: exported[1] === 'Referat' ? 'no' : 'en' }
  for (const { pattern, language } of PREFIXES) {
    const match = pattern.exec(text)
    if (match?.[1]) return { title: capitalised(match[1].trim()), language }
  }
  return { title: text.trim(), language: null }
}
