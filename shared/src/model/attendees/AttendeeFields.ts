import type { Attendee } from '../attendee'

/** The editable fields of an attendee: everything but the id, each optional. */
export type AttendeeFields = Partial<Omit<Attendee, 'id'>>
