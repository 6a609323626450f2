import type { Role } from '@referat/shared'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'

const MAX_NAME_LENGTH = 100

export interface BoundAwareness {
  /** The awareness update with every state's `user.role` set to the connection's role. */
  update: Uint8Array
  /** The display name the client claims, if any state carried one. */
  name: string | null
}

/**
 * Binds presence to the token: a client may choose its display name, but the role others see is
 * the role of its link, whatever it claims (nobody appears as the moderator without the
 * moderator's link). Throws on a malformed awareness update.
 */
export function bindAwareness(update: Uint8Array, role: Role): BoundAwareness {
  const decoder = decoding.createDecoder(update)
  const encoder = encoding.createEncoder()
  const count = decoding.readVarUint(decoder)
  encoding.writeVarUint(encoder, count)
  let name: string | null = null
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const raw = decoding.readVarString(decoder)
    let state = JSON.parse(raw) as unknown
    if (state !== null && typeof state === 'object' && !Array.isArray(state)) {
      const record = state as Record<string, unknown>
      const user = record.user
      if (user !== null && typeof user === 'object' && !Array.isArray(user)) {
        const claimed = (user as Record<string, unknown>).name
        if (typeof claimed === 'string' && claimed.trim()) {
          name = claimed.trim().slice(0, MAX_NAME_LENGTH)
        }
        state = { ...record, user: { ...user, role } }
      }
    }
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, JSON.stringify(state))
  }
  return { update: encoding.toUint8Array(encoder), name }
}
