import { MEETING_ROLES, type MeetingLinks } from '@referat/shared'
import type { Tokens } from '../auth/Tokens'

/** The three capability links of a meeting, as full URLs of its page under `baseUrl`. */
export function meetingLinksFor(tokens: Tokens, baseUrl: string, meetingId: string): MeetingLinks {
  const links = {} as MeetingLinks
  for (const role of MEETING_ROLES) {
    links[role] = `${baseUrl}/m/${meetingId}?token=${tokens.forMeeting(meetingId, role)}`
  }
  return links
}
