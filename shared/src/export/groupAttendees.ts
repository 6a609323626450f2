import type { Attendee } from '../model/attendee'
import type { ExportLabels } from './exportLabels'

/** Attendees as a referat lists them: present, absent, also present, invited (attendance not recorded), secretariat. */
export function groupAttendees(attendees: readonly Attendee[]) {
  const secretariat = attendees.filter((a) => a.role === 'secretariat')
  const others = attendees.filter((a) => a.role !== 'secretariat')
  return {
    present: others.filter((a) => a.presence === 'present' || a.presence === 'substitute'),
    absent: others.filter((a) => a.presence === 'absent'),
    alsoPresent: others.filter((a) => a.presence === 'alsoPresent'),
    /** Attendance not recorded (yet): listed as invited. */
    invited: others.filter((a) => a.presence === 'unknown'),
    secretariat: secretariat.filter((a) => a.presence !== 'absent'),
  }
}

/**
 * The lists a referat gives after the table of those present, with their titles: absent, also
 * present, invited; empty ones left out.
 */
export function attendeeLists(
  groups: ReturnType<typeof groupAttendees>,
  l: ExportLabels,
): [title: string, people: Attendee[]][] {
  const lists: [string, Attendee[]][] = [
    [l.absent, groups.absent],
    [l.alsoPresent, groups.alsoPresent],
    [l.invited, groups.invited],
  ]
  return lists.filter(([, people]) => people.length > 0)
}
