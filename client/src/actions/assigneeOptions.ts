import type { Attendee } from '@referat/shared'
import type { ActionItemEntry } from './ActionItemEntry'
import { assigneeName } from './assigneeName'

/** The people who have tasks, as filter options: stored value and name, sorted by name. */
export function assigneeOptions(
  entries: readonly ActionItemEntry[],
  attendees: readonly Attendee[],
): { value: string; name: string }[] {
  const values = [...new Set(entries.map((entry) => entry.assignee).filter(Boolean))]
  return values
    .map((value) => ({ value, name: assigneeName(value, attendees) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
}
