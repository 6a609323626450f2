import type { VoteLanguage } from '../languageVotes'

/** What a label in the head of minutes introduces. */
export type HeaderField =
  | 'time'
  | 'place'
  | 'group'
  | 'present'
  | 'absent'
  | 'alsoPresent'
  | 'secretariat'
  | 'invited'
  | 'substitute'
  | 'guest'
  | 'moderator'
  | 'minuteTaker'
  | 'items'

export interface HeaderLabel {
  field: HeaderField
  /** The language the word speaks for (`no`: bokmål and nynorsk), or null when all use it. */
  language: VoteLanguage | null
}

/**
 * The words of each label: Norwegian words bokmål and nynorsk share (`no`), those of bokmål or
 * nynorsk only, English words, and words of every language (`both`).
 */
const WORDS: Record<
  HeaderField,
  { no?: string[]; nb?: string[]; nn?: string[]; en: string[]; both?: string[] }
> = {
  time: {
    no: [
      'tid',
      'tidspunkt',
      'møtetid',
      'møtetidspunkt',
      'dato',
      'dato og tid',
      'dato/tid',
      'dato og klokkeslett',
    ],
    en: ['time', 'date', 'date and time', 'when'],
  },
  place: {
    no: ['møterom', 'lokale'],
    nb: ['sted', 'møtested'],
    nn: ['stad', 'møtestad'],
    en: ['place', 'location', 'venue', 'where'],
  },
  group: {
    no: ['gruppe', 'faggruppe', 'organ', 'nettverk'],
    nb: ['utvalg'],
    nn: ['utval'],
    en: ['group', 'committee'],
  },
  present: {
    no: ['frammøtte', 'frammøtt', 'møtt', 'møtte'],
    nb: [
      'fremmøtte',
      'fremmøtt',
      'til stede',
      'tilstede',
      'møtende',
      'møtende medlemmer',
      'deltakere',
      'deltagere',
    ],
    nn: ['til stades', 'tilstades', 'møtande', 'møtande medlemmer', 'deltakarar'],
    en: ['present', 'attendees', 'attendance', 'participants', 'in attendance', 'members present'],
  },
  absent: {
    no: ['forfall', 'meldt forfall'],
    nb: ['fravær', 'fraværende', 'ikke til stede', 'ikke møtt'],
    nn: ['fråvær', 'fråverande', 'ikkje til stades', 'ikkje møtt'],
    en: ['apologies', 'absent', 'apologies for absence', 'absence', 'not present'],
  },
  alsoPresent: {
    no: ['i tillegg møtte'],
    nb: ['dessuten møtte', 'også til stede', 'andre til stede'],
    nn: ['dessutan møtte', 'òg til stades', 'også til stades', 'andre til stades'],
    en: ['also present', 'also attending', 'in attendance also'],
  },
  secretariat: {
    no: ['sekretariat', 'sekretariatet', 'sekretær'],
    nb: ['fra sekretariatet møtte', 'fra sekretariatet'],
    nn: ['frå sekretariatet møtte', 'frå sekretariatet'],
    en: ['secretariat', 'secretary'],
  },
  moderator: {
    nb: ['møteleder', 'leder', 'ordstyrer'],
    nn: ['møteleiar', 'leiar', 'ordstyrar'],
    en: ['chair', 'chairperson'],
  },
  minuteTaker: {
    no: ['referent'],
    nb: ['referatfører'],
    nn: ['referatførar', 'skrivar'],
    en: ['minute taker', 'minutes taken by'],
  },
  invited: {
    no: ['inviterte', 'invitert', 'medlemmer'],
    nb: ['innkalte', 'innkalt'],
    nn: ['innkalla'],
    en: ['invited', 'members'],
  },
  substitute: {
    no: ['vara', 'varamedlemmer'],
    nb: ['møtende vara', 'vararepresentanter'],
    nn: ['møtande vara', 'vararepresentantar'],
    en: ['substitutes', 'deputies'],
  },
  guest: {
    no: ['gjester', 'gjest'],
    nb: ['observatører'],
    nn: ['observatørar'],
    en: ['guests', 'observers'],
  },
  items: {
    no: ['saker', 'sakliste', 'saksliste', 'dagsorden', 'saker til behandling'],
    nn: ['saker til handsaming'],
    en: ['items', 'agenda items', 'business'],
    both: ['agenda'],
  },
}

const LABELS = new Map<string, HeaderLabel>()
for (const [field, words] of Object.entries(WORDS) as [
  HeaderField,
  (typeof WORDS)[HeaderField],
][]) {
  for (const language of ['no', 'nb', 'nn', 'en'] as const) {
    for (const word of words[language] ?? []) LABELS.set(word, { field, language })
  }
  for (const word of words.both ?? []) LABELS.set(word, { field, language: null })
}

/** The label a word or phrase of a head line names ("Tid", "**Forfall:**", "Place"), or null. */
export function headerLabel(text: string): HeaderLabel | null {
  const key = text
    .toLocaleLowerCase('nb')
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/\s*:$/, '')
    .trim()
  return LABELS.get(key) ?? null
}
