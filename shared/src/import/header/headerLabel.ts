import type { Language } from '../../protocol/meetingMeta'

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
  /** The language the word belongs to, or null when both use it. */
  language: Language | null
}

const WORDS: Record<HeaderField, { nb: string[]; en: string[]; both?: string[] }> = {
  time: {
    nb: ['tid', 'tidspunkt', 'møtetid', 'dato', 'dato og tid', 'dato/tid', 'dato og klokkeslett'],
    en: ['time', 'date', 'date and time', 'when'],
  },
  place: {
    nb: ['sted', 'møtested', 'møtestad', 'stad', 'møterom', 'lokale'],
    en: ['place', 'location', 'venue', 'where'],
  },
  group: { nb: ['gruppe', 'faggruppe', 'utvalg', 'organ', 'nettverk'], en: ['group', 'committee'] },
  present: {
    nb: [
      'frammøtte',
      'fremmøtte',
      'frammøtt',
      'fremmøtt',
      'til stede',
      'tilstede',
      'møtt',
      'møtte',
      'møtende',
      'møtende medlemmer',
      'deltakere',
      'deltagere',
    ],
    en: ['present', 'attendees', 'attendance', 'participants', 'in attendance', 'members present'],
  },
  absent: {
    nb: ['forfall', 'meldt forfall', 'fravær', 'fraværende', 'ikke til stede', 'ikke møtt'],
    en: ['apologies', 'absent', 'apologies for absence', 'absence', 'not present'],
  },
  alsoPresent: {
    nb: ['dessuten møtte', 'i tillegg møtte', 'også til stede', 'andre til stede'],
    en: ['also present', 'also attending', 'in attendance also'],
  },
  secretariat: {
    nb: [
      'fra sekretariatet møtte',
      'fra sekretariatet',
      'sekretariat',
      'sekretariatet',
      'sekretær',
    ],
    en: ['secretariat', 'secretary'],
  },
  moderator: { nb: ['møteleder', 'møteleiar', 'leder', 'ordstyrer'], en: ['chair', 'chairperson'] },
  minuteTaker: { nb: ['referent', 'referatfører'], en: ['minute taker', 'minutes taken by'] },
  invited: {
    nb: ['innkalte', 'innkalt', 'inviterte', 'invitert', 'medlemmer'],
    en: ['invited', 'members'],
  },
  substitute: {
    nb: ['vara', 'varamedlemmer', 'møtende vara', 'vararepresentanter'],
    en: ['substitutes', 'deputies'],
  },
  guest: { nb: ['gjester', 'gjest', 'observatører'], en: ['guests', 'observers'] },
  items: {
    nb: ['saker', 'sakliste', 'saksliste', 'dagsorden', 'saker til behandling'],
    en: ['items', 'agenda items', 'business'],
    both: ['agenda'],
  },
}

const LABELS = new Map<string, HeaderLabel>()
for (const [field, words] of Object.entries(WORDS) as [
  HeaderField,
  (typeof WORDS)[HeaderField],
][]) {
  for (const word of words.nb) LABELS.set(word, { field, language: 'nb' })
  for (const word of words.en) LABELS.set(word, { field, language: 'en' })
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
