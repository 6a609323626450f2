import type { Attendee } from '../model/attendee'
import type { ExportLabels } from './exportLabels'

/** A person as an export lists them: "Name (møteleder)", "Name (vara for X)", or the name. */
export function attendeeLabel(a: Attendee, l: ExportLabels): string {
  const notes = [
    a.role === 'moderator' ? l.moderator : '',
    a.substituteFor ? l.substituteFor(a.substituteFor) : '',
  ]
    .filter(Boolean)
    .join(', ')
  return notes ? `${a.name} (${notes})` : a.name
}
