import type { CreateMeetingRequest, CreateMeetingResponse, MeetingRole } from '@referat/shared'
import type { TestServer } from './startServer'

export interface TestMeeting extends CreateMeetingResponse {
  /** The token of each meeting role, taken from the links. */
  tokens: Record<MeetingRole, string>
}

/** Creates a meeting through the REST API as the organizer. */
export async function createMeeting(
  t: Pick<TestServer, 'url' | 'organizerToken'>,
  body: Partial<CreateMeetingRequest> = {},
): Promise<TestMeeting> {
  const response = await fetch(`${t.url}/api/meetings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${t.organizerToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Faggruppemøte', date: '2026-03-16', ...body }),
  })
  if (response.status !== 201) throw new Error(`create failed: ${await response.text()}`)
  const created = (await response.json()) as CreateMeetingResponse
  const token = (link: string) => new URL(link).searchParams.get('token') as string
  return {
    ...created,
    tokens: {
      moderator: token(created.links.moderator),
      secretary: token(created.links.secretary),
      viewer: token(created.links.viewer),
    },
  }
}
