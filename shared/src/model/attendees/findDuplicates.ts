import type { Attendee } from '../attendee'
import { normaliseName } from './normaliseName'

/**
 * Groups of attendee ids that share a name (compared without case, extra whitespace or
 * diacritics), in list order; people listed once are in no group. Empty names never match.
 */
export function findDuplicates(attendees: readonly Pick<Attendee, 'id' | 'name'>[]): string[][] {
  const groups = new Map<string, string[]>()
  for (const person of attendees) {
    const key = normaliseName(person.name)
    if (!key) continue
    const group = groups.get(key)
    if (group) group.push(person.id)
    else groups.set(key, [person.id])
  }
  return [...groups.values()].filter((group) => group.length > 1)
}
