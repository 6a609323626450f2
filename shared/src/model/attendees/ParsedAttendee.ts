import type { AttendeeRole } from '../attendee'

/** One row of a pasted attendee table. */
export interface ParsedAttendee {
  name: string
  /** Municipality, region or organisation; '' when the row has none. */
  organisation: string
  role: AttendeeRole
}
