import type { AttendeeRole } from '@referat/shared'
import type { Messages } from '../i18n/nb'

/** An attendee's role in the meeting in the UI language. */
export function attendeeRoleLabel(role: AttendeeRole, t: Messages): string {
  const labels: Record<AttendeeRole, string> = {
    moderator: t.attendanceRoleModerator,
    member: t.attendanceRoleMember,
    secretariat: t.attendanceRoleSecretariat,
    guest: t.attendanceRoleGuest,
  }
  return labels[role]
}
