import type { Role } from '@referat/shared'
import type { Messages } from '../i18n/nb'

/** The name of a role in the UI language. */
export function roleLabel(role: Role, t: Messages): string {
  const labels: Record<Role, string> = {
    organizer: t.roleOrganizer,
    moderator: t.roleModerator,
    secretary: t.roleSecretary,
    viewer: t.roleViewer,
  }
  return labels[role]
}
