import { z } from 'zod'
import { apiRequest } from './apiRequest'

/** `POST /api/meetings/:id/reopen` (moderator, organizer): final minutes become a draft again. */
export async function reopenMeeting(meetingId: string, token: string): Promise<void> {
  await apiRequest(`/api/meetings/${encodeURIComponent(meetingId)}/reopen`, {
    token,
    method: 'POST',
    body: {},
    schema: z.object({}),
  })
}
