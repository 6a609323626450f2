import { CloseCodes } from '@referat/shared'
import type { FatalError } from './FatalError'

/**
 * The fatal error a WebSocket close code means, or null when the client should reconnect
 * (service restart, network failure, message too big …).
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
