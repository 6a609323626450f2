import type { Awareness } from 'y-protocols/awareness'
import { ROLES, type Role } from '@referat/shared'
import type { Presence } from './Presence'

const isRole = (value: unknown): value is Role => ROLES.includes(value as Role)

/**
 * The users in an awareness, self first, then by name. States of other clients are untrusted
 * input: entries without a proper `user` are skipped, and fields are checked.
 */
export function readPresence(awareness: Awareness): Presence[] {
  const people: Presence[] = []
  awareness.getStates().forEach((state, clientId) => {
    const user: unknown = state.user
    if (typeof user !== 'object' || user === null) return
    const { name, color, role } = user as Record<string, unknown>
    if (typeof name !== 'string' || !name.trim()) return
    people.push({
      clientId,
      name: name.trim().slice(0, 80),
      color: typeof color === 'string' && /^#[0-9a-f]{6}$/i.test(color) ? color : '#6b7280',
      role: isRole(role) ? role : 'viewer',
      isSelf: clientId === awareness.clientID,
    })
  })
  return people.sort(
    (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name, 'nb'),
  )
}
