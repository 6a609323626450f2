import { CloseCodes } from '@referat/shared'
import type { FatalError } from './FatalError'

/**
 * The fatal error a WebSocket close code means, or null when the client should reconnect
 * (service restart, network failure, message too big …). The server's limits on message rate
 * (4429) and on connections per meeting or address (1013) are transient: the provider keeps the
 * local copy and reconnects after its back-off. A refused update (4409) and a meeting at its size
 * limit (4413) are not fatal either: `MeetingConnection` reports them as a rejection, and the
 * page drops the local copy and loads the meeting again.
 */
export function fatalErrorForClose(code: number): FatalError | null {
  switch (code) {
    case CloseCodes.Unauthorized.code:
      return 'unauthorized'
    case CloseCodes.Forbidden.code:
      return 'forbidden'
    case CloseCodes.NotFound.code:
      return 'not-found'
    case CloseCodes.BadMessage.code:
      return 'rejected'
    default:
      return null
  }
}
