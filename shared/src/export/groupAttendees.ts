import type { Attendee } from '../model/attendee'

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
