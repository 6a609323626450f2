import { apiError } from '@referat/shared'
import { ApiRequestError } from './ApiRequestError'

/**
 * `GET /api/meetings/:id/versions/:n`: version n of the minutes as one Yjs update that holds the
 * whole document as it was finalized.
 */
export async function fetchVersion(
  meetingId: string,
  version: number,
  token: string,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  let response: Response
  try {
    response = await fetch(`/api/meetings/${encodeURIComponent(meetingId)}/versions/${version}`, {
      headers: { Accept: 'application/octet-stream', Authorization: `Bearer ${token}` },
      signal,
    })
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new ApiRequestError(0, 'network', 'The server could not be reached', { cause })
  }
  if (!response.ok) {
    const parsed = apiError.safeParse(await response.json().catch(() => undefined))
    if (parsed.success) {
      throw new ApiRequestError(response.status, parsed.data.error.code, parsed.data.error.message)
    }
    throw new ApiRequestError(response.status, 'bad_response', `HTTP ${response.status}`)
  }
  return new Uint8Array(await response.arrayBuffer())
}
