import {
  createMeetingResponse,
  type CreateMeetingRequest,
  type CreateMeetingResponse,
} from '@referat/shared'
import { apiRequest } from './apiRequest'

/** `POST /api/meetings`: creates a meeting with its header and first agenda items. */
export function createMeeting(
  token: string,
  request: CreateMeetingRequest,
): Promise<CreateMeetingResponse> {
  return apiRequest('/api/meetings', {
    token,
    method: 'POST',
    body: request,
    schema: createMeetingResponse,
  })
}
