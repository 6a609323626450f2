import type { Language } from '../protocol/meetingMeta'

/**
 * The language a word of the minutes speaks for: bokmål, nynorsk, English, or `no` for a
 * Norwegian word bokmål and nynorsk share ("Tid", "Forfall", "Saker").
 */
export type VoteLanguage = Language | 'no'

/** How many words of the minutes speak for each language. */
export type LanguageVotes = Record<VoteLanguage, number>

export const noVotes = (): LanguageVotes => ({ nb: 0, nn: 0, en: 0, no: 0 })

export function addVotes(a: LanguageVotes, b: LanguageVotes): LanguageVotes {
  return { nb: a.nb + b.nb, nn: a.nn + b.nn, en: a.en + b.en, no: a.no + b.no }
}

/**
 * The language of the minutes: English or Norwegian by the most words, then bokmål or nynorsk by
 * the words only one of them uses. `fallback` decides a tie.
 */
export function chooseLanguage(votes: LanguageVotes, fallback: Language = 'nb'): Language {
  const norwegian = votes.no + votes.nb + votes.nn
  if (votes.en > norwegian) return 'en'
  if (votes.en === norwegian) return fallback
  if (votes.nn > votes.nb) return 'nn'
  if (votes.nb > votes.nn) return 'nb'
  return fallback === 'en' ? 'nb' : fallback
}
