import { expect } from '@playwright/test'
import type { CreateMeetingResponse } from '@referat/shared'
import type { RunningServer } from './referatServer'

/** Imports `markdown` as a new meeting through the REST API, as the organizer. */
export async function importMeeting(
  referat: RunningServer,
  markdown: string,
): Promise<CreateMeetingResponse> {
  const response = await fetch(`${referat.url}/api/meetings/import`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${referat.organizerToken}`,
      'content-type': 'text/markdown',
    },
    body: markdown,
  })
  expect(response.status).toBe(201)
  return (await response.json()) as CreateMeetingResponse
}
