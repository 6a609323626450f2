import type { MeetingRole } from '@referat/shared'
import { connectClient, synced, type TestClient } from './connectClient'
import type { TestMeeting } from './createMeeting'
import type { TestServer } from './startServer'

/** A real client of `meeting` with the link of `role`, once it has synced. */
export async function joinAs(
  t: TestServer,
  meeting: TestMeeting,
  role: MeetingRole,
): Promise<TestClient> {
  const client = connectClient(t.url, meeting.id, meeting.tokens[role])
  await synced(client)
  return client
}
