import type { Attendance } from '@referat/shared'
import type { Messages } from '../i18n/nb'

/** An attendance status as a choice in the UI language ("Møtt", "Forfall" …). */
export function presenceLabel(presence: Attendance, t: Messages): string {
  const labels: Record<Attendance, string> = {
    present: t.attendancePresencePresent,
    absent: t.attendancePresenceAbsent,
    substitute: t.attendancePresenceSubstitute,
    alsoPresent: t.attendancePresenceAlsoPresent,
    unknown: t.attendancePresenceUnknown,
  }
  return labels[presence]
}
