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
 * Binds presence to the token: the role others see is the role of the link, whatever the client
 * claims (nobody appears as the moderator without the moderator's link); the name is the one of
 * a personal link (`personalName`), or else the one the client chose. States of client ids
 * that `isForeign` (another connection's presence) are dropped: nobody can change or remove
 * someone else's presence. Throws on a malformed awareness update.
 */
export function bindAwareness(
  update: Uint8Array,
  role: Role,
  personalName: string | null = null,
  isForeign: (clientId: number) => boolean = () => false,
): BoundAwareness {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: { clientId: number; clock: number; state: string }[] = []
  let name: string | null = null
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const raw = decoding.readVarString(decoder)
    let state = JSON.parse(raw) as unknown
    if (isForeign(clientId)) continue
    if (state !== null && typeof state === 'object' && !Array.isArray(state)) {
      const record = state as Record<string, unknown>
      const user = record.user
      if (user !== null && typeof user === 'object' && !Array.isArray(user)) {
        const claimed = (user as Record<string, unknown>).name
        if (typeof claimed === 'string' && claimed.trim()) {
          name = claimed.trim().slice(0, MAX_NAME_LENGTH)
        }
        state = {
          ...record,
          user: { ...user, role, ...(personalName ? { name: personalName } : {}) },
        }
      }
    }
    entries.push({ clientId, clock, state: JSON.stringify(state) })
  }
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId)
    encoding.writeVarUint(encoder, clock)
    encoding.writeVarString(encoder, state)
  }
  return { update: encoding.toUint8Array(encoder), name }
}
