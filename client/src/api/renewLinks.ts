import { createMeetingResponse, type CreateMeetingResponse } from '@referat/shared'
import { apiRequest } from './apiRequest'

/**
 * `POST /api/meetings/:id/links` (organizer, moderator): new links for the meeting. The old ones
 * stop working at once, and whoever is connected with one is disconnected.
 */
export function renewLinks(meetingId: string, token: string): Promise<CreateMeetingResponse> {
  return apiRequest(`/api/meetings/${encodeURIComponent(meetingId)}/links`, {
    token,
    method: 'POST',
    schema: createMeetingResponse,
  })
}
