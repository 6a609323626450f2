import { createMeetingResponse, renderMarkdown, type CreateMeetingResponse } from '@referat/shared'
import { bigMeeting } from '../bigMeeting'

/**
 * Imports `bigMeeting(items)` as Markdown through `POST /api/meetings/import`, as a draft (the
 * bench meeting is otherwise final, which accepts no edits).
 */
export async function importBigMeeting(
  serverUrl: string,
  organizerToken: string,
  items: number,
): Promise<CreateMeetingResponse> {
  const referat = bigMeeting(items)
  referat.meta = { ...referat.meta, status: 'draft' }
  const response = await fetch(`${serverUrl}/api/meetings/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${organizerToken}`, 'content-type': 'text/markdown' },
    body: renderMarkdown(referat),
  })
  if (response.status !== 201) {
    throw new Error(`import failed with ${response.status}: ${await response.text()}`)
  }
  return createMeetingResponse.parse(await response.json())
}
