import type { Presence } from './Presence'
import { userColors } from './userColors'

/**
 * The colour to show for this user: their own, unless someone who joined earlier (a lower
 * client id) already shows it; then the first palette colour nobody else shows. Only the later
 * of two clashing users gives way, so the choice settles instead of both switching back and forth.
 */
export function chooseUserColor(
  preferred: string,
  selfId: number,
  others: readonly Presence[],
): string {
  const takenByEarlier = others.some(
    (person) => person.clientId < selfId && person.color === preferred,
  )
  if (!takenByEarlier) return preferred
  const used = new Set(others.map((person) => person.color))
  return userColors.find((color) => !used.has(color)) ?? preferred
}
