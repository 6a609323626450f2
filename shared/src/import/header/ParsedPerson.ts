import type { Attendance, AttendeeRole } from '../../model/attendee'

/** Where a person is listed: the list's role and presence ("Forfall" → absent). */
export interface PeopleSection {
  role: AttendeeRole
  presence: Attendance
}

/** A person read from the head of the minutes, not yet given an id. */
export interface ParsedPerson extends PeopleSection {
  name: string
  organisation: string
  /** Whom a substitute stands in for, by name as written. */
  substituteFor: string
  line: number
}
