import type { Attendee } from '@referat/shared'

/**
 * What to store for a typed assignee: the id of the attendee with that name (ignoring case and
 * surrounding spaces), else the text itself as free text.
 */
export function assigneeValue(typed: string, attendees: readonly Attendee[]): string {
  const wanted = typed.trim().toLocaleLowerCase()
  if (!wanted) return ''
  const match = attendees.find((person) => person.name.trim().toLocaleLowerCase() === wanted)
  return match ? match.id : typed
}
