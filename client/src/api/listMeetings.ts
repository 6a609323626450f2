import { listMeetingsResponse, type MeetingSummary } from '@referat/shared'
import { apiRequest } from './apiRequest'

/**
 * `GET /api/meetings[?q=]`: every meeting, newest date first, with links (organizer only); with
 * `q`, only those whose text holds every word of it.
 */
export async function listMeetings(
  token: string,
  signal?: AbortSignal,
  q = '',
): Promise<MeetingSummary[]> {
  const path = q ? `/api/meetings?${new URLSearchParams({ q }).toString()}` : '/api/meetings'
  const { meetings } = await apiRequest(path, { token, schema: listMeetingsResponse, signal })
  return meetings
}
