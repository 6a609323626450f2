/** Who a capability token lets in. `organizer` covers the whole instance. */
export const ROLES = ['organizer', 'moderator', 'secretary', 'viewer'] as const
export type Role = (typeof ROLES)[number]

/** Roles whose meeting link carries a token for one meeting. */
export const MEETING_ROLES = ['moderator', 'secretary', 'viewer'] as const
export type MeetingRole = (typeof MEETING_ROLES)[number]

/** Whether a role may change the document of a meeting. */
export function canEdit(role: Role): boolean {
  return role !== 'viewer'
}

/**
 * Whether a role runs the meeting: decides (marks decisions decided), sets the current item,
 * starts and ends the meeting, finalizes and reopens the referat.
 */
export function runsMeeting(role: Role): boolean {
  return role === 'moderator' || role === 'organizer'
}
