import type { Attendee } from '@referat/shared'
import { ATTENDANCE_GROUPS, type AttendanceGroup, type AttendanceGroupKey } from './AttendanceGroup'

/**
 * The attendees in the sections of a referat (Frammøtte, Forfall, Vara, Dessuten møtte,
 * Sekretariatet, Ikke registrert), keeping list order within a section; empty sections are left
 * out. The secretariat is one section whatever its members' presence, as referater list it.
 */
export function groupAttendees(attendees: readonly Attendee[]): AttendanceGroup[] {
  const byKey = new Map<AttendanceGroupKey, Attendee[]>()
  for (const person of attendees) {
    const key: AttendanceGroupKey = person.role === 'secretariat' ? 'secretariat' : person.presence
    byKey.set(key, [...(byKey.get(key) ?? []), person])
  }
  return ATTENDANCE_GROUPS.flatMap((key) => {
    const people = byKey.get(key)
    return people ? [{ key, people }] : []
  })
}
