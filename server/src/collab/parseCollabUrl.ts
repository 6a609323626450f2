import { MEETING_ID_PATTERN } from '@referat/shared'

export interface CollabRequest {
  /** The meeting id, or null when the path names none that could exist. */
  meetingId: string | null
  token: string | null
  wantsAck: boolean
  /** The epoch of the client's local copy (`epoch=`), if it has one. */
  epoch: string | null
}

/**
 * Reads `/collab/<meetingId>?token=…&ack=1&epoch=…`, the URL y-websocket's `WebsocketProvider` opens
 * for `new WebsocketProvider('ws://host/collab', meetingId, doc, { params: { token } })`.
 * Returns null for paths outside `/collab/`.
 */
export function parseCollabUrl(rawUrl: string): CollabRequest | null {
  let url: URL
  try {
    url = new URL(rawUrl, 'http://localhost')
  } catch {
    return null
  }
  const prefix = '/collab/'
  if (!url.pathname.startsWith(prefix)) return null
  let id: string | null
  try {
    id = decodeURIComponent(url.pathname.slice(prefix.length))
  } catch {
    id = null
  }
  return {
    meetingId: id !== null && MEETING_ID_PATTERN.test(id) ? id : null,
    token: url.searchParams.get('token'),
    wantsAck: url.searchParams.get('ack') === '1',
    epoch: url.searchParams.get('epoch') || null,
  }
}
