import { createMeetingResponse, type CreateMeetingResponse } from '@referat/shared'
import { apiRequest } from './apiRequest'

/** `POST /api/meetings/import`: builds a meeting from minutes or an agenda in Markdown or text. */
export function importMeeting(token: string, text: string): Promise<CreateMeetingResponse> {
  return apiRequest('/api/meetings/import', {
    token,
    method: 'POST',
    rawBody: { data: text, type: 'text/markdown; charset=utf-8' },
    schema: createMeetingResponse,
  })
}
