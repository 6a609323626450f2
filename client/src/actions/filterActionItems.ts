import type { ActionItemEntry } from './ActionItemEntry'

/** The tasks of one assignee (attendee id or free text); all tasks when `assignee` is ''. */
export function filterActionItems(
  entries: readonly ActionItemEntry[],
  assignee: string,
): readonly ActionItemEntry[] {
  return assignee ? entries.filter((entry) => entry.assignee === assignee) : entries
}
