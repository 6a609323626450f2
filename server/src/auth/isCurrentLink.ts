import type { TokenClaims } from '@referat/shared'

/**
 * Whether a token still opens a meeting whose links are at `linkGeneration`: the organizer's
 * always; a meeting token only if it was made for the current generation ("new links" raises it).
 */
export function isCurrentLink(claims: TokenClaims, linkGeneration: number): boolean {
  return claims.r === 'organizer' || (claims.g ?? 0) === linkGeneration
}
