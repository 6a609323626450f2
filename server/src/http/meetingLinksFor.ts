import { MEETING_ROLES, type MeetingLinks, type MeetingRole } from '@referat/shared'
import type { Tokens } from '../auth/Tokens'

/**
 * The three capability links of a meeting, as full URLs of its page under `baseUrl`, for the
 * meeting's current link generation.
 */
export function meetingLinksFor(
  tokens: Tokens,
  baseUrl: string,
  meetingId: string,
  generation = 0,
): MeetingLinks {
  const links = {} as MeetingLinks
  for (const role of MEETING_ROLES) {
    const token = tokens.forMeeting(meetingId, role, generation)
    links[role] = `${baseUrl}/m/${meetingId}?token=${token}`
  }
  return links
}

/** A personal link of a meeting: `role` for the one person `name`. */
export function personalLinkFor(
  tokens: Tokens,
  baseUrl: string,
  meetingId: string,
  generation: number,
  role: MeetingRole,
  name: string,
): string {
  return `${baseUrl}/m/${meetingId}?token=${tokens.forMeeting(meetingId, role, generation, name)}`
}
