import { apiRequest } from './apiRequest'
import { meetingWithRole, type MeetingWithRole } from '@referat/shared'

/** `GET /api/meetings/:id` with a token of that meeting (or the organizer's). */
export function getMeeting(
  meetingId: string,
  token: string,
  signal?: AbortSignal,
): Promise<MeetingWithRole> {
  return apiRequest(`/api/meetings/${encodeURIComponent(meetingId)}`, {
    token,
    schema: meetingWithRole,
    signal,
  })
}
