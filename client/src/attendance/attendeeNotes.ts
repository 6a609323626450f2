import type { Attendee } from '@referat/shared'
import type { Messages } from '../i18n/nb'
import type { AgendaItemOption } from './AgendaItemOption'

/**
 * The short notes shown under a person: whom a substitute stands in for, late arrival, early
 * departure and the items they were disqualified for. Unknown item ids are left out.
 */
export function attendeeNotes(
  person: Attendee,
  everyone: readonly Attendee[],
  items: readonly AgendaItemOption[],
  t: Messages,
): string[] {
  const itemNumber = (id: string) => items.find((item) => item.id === id)?.number
  const notes: string[] = []
  if (person.presence === 'substitute' && person.substituteFor) {
    const stoodInFor = everyone.find((other) => other.id === person.substituteFor)
    notes.push(t.attendanceSubstituteFor(stoodInFor?.name || person.substituteFor))
  }
  const arrived = itemNumber(person.arrivedAt)
  if (arrived) notes.push(t.attendanceArrivedAt(arrived))
  const left = itemNumber(person.leftAt)
  if (left) notes.push(t.attendanceLeftAt(left))
  const conflicts = person.conflicts.map(itemNumber).filter((n): n is string => Boolean(n))
  if (conflicts.length > 0) notes.push(t.attendanceConflicts(conflicts.join(', ')))
  return notes
}
