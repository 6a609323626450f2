import type { AttendeeRole } from '../attendee'

const ROLE_WORDS: Record<string, AttendeeRole> = {
  møteleder: 'moderator',
  leder: 'moderator',
  møteleiar: 'moderator',
  leiar: 'moderator',
  moderator: 'moderator',
  chair: 'moderator',
  sekretariat: 'secretariat',
  sekretariatet: 'secretariat',
  sekretær: 'secretariat',
  referent: 'secretariat',
  skrivar: 'secretariat',
  secretariat: 'secretariat',
  secretary: 'secretariat',
  gjest: 'guest',
  observatør: 'guest',
  guest: 'guest',
  medlem: 'member',
  member: 'member',
  deltaker: 'member',
  deltakar: 'member',
}

/** The attendee role a word such as "møteleder", "møteleiar" or "Secretary" names, or `null`. */
export function roleFromText(text: string): AttendeeRole | null {
  return ROLE_WORDS[text.trim().toLocaleLowerCase('nb')] ?? null
}
