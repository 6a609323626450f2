import {
  personalLinkResponse,
  type PersonalLinkRequest,
  type PersonalLinkResponse,
} from '@referat/shared'
import { apiRequest } from './apiRequest'

/**
 * `POST /api/meetings/:id/personal-links` (organizer, moderator): a link for one named person,
 * who then appears under that name, whatever their browser claims.
 */
export function createPersonalLink(
  meetingId: string,
  token: string,
  request: PersonalLinkRequest,
): Promise<PersonalLinkResponse> {
  return apiRequest(`/api/meetings/${encodeURIComponent(meetingId)}/personal-links`, {
    token,
    method: 'POST',
    body: request,
    schema: personalLinkResponse,
  })
}
