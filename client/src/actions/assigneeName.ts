import type { Attendee } from '@referat/shared'

/** The name to show for an assignee: the attendee's name for an attendee id, else the text. */
export function assigneeName(assignee: string, attendees: readonly Attendee[]): string {
  return attendees.find((person) => person.id === assignee)?.name || assignee
}
