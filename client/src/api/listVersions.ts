import { z } from 'zod'
import { apiRequest } from './apiRequest'

const versionsResponse = z.object({
  versions: z.array(z.object({ version: z.number().int(), createdAt: z.string() })),
})

/** `GET /api/meetings/:id/versions`: the finalized versions of a meeting, as the server lists them. */
export async function listVersions(
  meetingId: string,
  token: string,
  signal?: AbortSignal,
): Promise<z.infer<typeof versionsResponse>['versions']> {
  const { versions } = await apiRequest(`/api/meetings/${encodeURIComponent(meetingId)}/versions`, {
    token,
    schema: versionsResponse,
    signal,
  })
  return versions
}
