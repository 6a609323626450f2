import type { CreateMeetingResponse } from '@referat/shared'
import type { JobRoom } from './GeneratorJob'
import type { Target } from './startTarget'

const token = (link: string) => new URL(link).searchParams.get('token') as string

/**
 * Creates `count` meetings in Referat from `markdown` through `POST /api/meetings/import` (a few
 * at a time) and returns them as rooms with their secretary and viewer tokens.
 */
export async function importMeetings(
  target: Target,
  markdown: string,
  count: number,
): Promise<JobRoom[]> {
  const importOne = async (): Promise<JobRoom> => {
    const response = await fetch(`${target.httpUrl}/api/meetings/import`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${target.organizerToken}`,
        'content-type': 'text/markdown',
      },
      body: markdown,
    })
    if (response.status !== 201) throw new Error(`import failed: ${await response.text()}`)
    const { id, links } = (await response.json()) as CreateMeetingResponse
    return { name: id, editorToken: token(links.secretary), viewerToken: token(links.viewer) }
  }
  const rooms: JobRoom[] = []
  for (let i = 0; i < count; i += 8) {
    rooms.push(...(await Promise.all(Array.from({ length: Math.min(8, count - i) }, importOne))))
  }
  return rooms
}
