import type { PresenceUser } from './PresenceUser'

/** One client in the meeting right now. */
export interface Presence extends PresenceUser {
  clientId: number
  isSelf: boolean
}
