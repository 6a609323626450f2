import type { Role } from '@referat/shared'

/** What each client publishes about its user in the awareness field `user`. */
export interface PresenceUser {
  name: string
  color: string
  role: Role
}
