import { listMeetingsResponse, type MeetingSummary } from '@referat/shared'
import { apiRequest } from './apiRequest'

/** `GET /api/meetings`: every meeting, newest date first, with links (organizer only). */
export async function listMeetings(token: string, signal?: AbortSignal): Promise<MeetingSummary[]> {
  const { meetings } = await apiRequest('/api/meetings', {
    token,
    schema: listMeetingsResponse,
    signal,
  })
  return meetings
}
