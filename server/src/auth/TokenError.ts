/** A capability token that is missing, malformed, forged or does not fit the request. */
export class TokenError extends Error {
  override readonly name = 'TokenError'
}
