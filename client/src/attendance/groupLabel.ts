import type { Messages } from '../i18n/nb'
import type { AttendanceGroupKey } from './AttendanceGroup'

/** The heading of a section of the attendee list in the UI language. */
export function groupLabel(key: AttendanceGroupKey, t: Messages): string {
  const labels: Record<AttendanceGroupKey, string> = {
    present: t.attendanceGroupPresent,
    absent: t.attendanceGroupAbsent,
    substitute: t.attendanceGroupSubstitute,
    alsoPresent: t.attendanceGroupAlsoPresent,
    secretariat: t.attendanceGroupSecretariat,
    unknown: t.attendanceGroupUnknown,
  }
  return labels[key]
}
