import { z } from 'zod'
import { apiRequest } from './apiRequest'

const finalizeResponse = z.object({ version: z.number().int().min(1) })

/**
 * `POST /api/meetings/:id/finalize` (moderator, organizer): the server keeps the minutes as
 * version N, marks them final and refuses changes from then on. Answers N.
 */
export async function finalizeMeeting(meetingId: string, token: string): Promise<number> {
  const { version } = await apiRequest(`/api/meetings/${encodeURIComponent(meetingId)}/finalize`, {
    token,
    method: 'POST',
    body: {},
    schema: finalizeResponse,
  })
  return version
}
