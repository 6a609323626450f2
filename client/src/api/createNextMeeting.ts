import { createMeetingResponse, type CreateMeetingResponse } from '@referat/shared'
import { apiRequest } from './apiRequest'

/** The new meeting's date (YYYY-MM-DD) and, optionally, time (HH:MM) and place. */
export interface NextMeetingRequest {
  date: string
  start?: string
  end?: string
  location?: string
}

/**
 * `POST /api/meetings/:id/next` (moderator, organizer): the next meeting of the series, with the
 * agenda skeleton, approval items, open follow-ups and the case numbers carried over.
 */
export function createNextMeeting(
  meetingId: string,
  token: string,
  request: NextMeetingRequest,
): Promise<CreateMeetingResponse> {
  return apiRequest(`/api/meetings/${encodeURIComponent(meetingId)}/next`, {
    token,
    method: 'POST',
    body: request,
    schema: createMeetingResponse,
  })
}
