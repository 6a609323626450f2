import { createHmac, timingSafeEqual } from 'node:crypto'
import { tokenClaims, type MeetingRole, type TokenClaims } from '@referat/shared'
import { TokenError } from './TokenError'

const MAX_TOKEN_LENGTH = 512

/**
 * Capability tokens: `base64url(JSON claims) "." base64url(HMAC-SHA256(secret, first part))`.
 * Whoever holds a token has its role; there are no accounts.
 */
export class Tokens {
  constructor(private readonly secret: string) {
    if (secret.length < 16) throw new Error('the token secret must have at least 16 characters')
  }

  /** The organizer token: the same for as long as the secret stays the same. */
  organizer(): string {
    return this.sign({ v: 1, r: 'organizer', iat: 0 })
  }

  /**
   * A token that opens one meeting with `role`, valid while the meeting's links are `generation`;
   * with `name`, a personal link whose holder appears under that name.
   */
  forMeeting(meetingId: string, role: MeetingRole, generation = 0, name?: string): string {
    return this.sign({
      v: 1,
      r: role,
      m: meetingId,
      ...(generation > 0 ? { g: generation } : {}),
      ...(name ? { n: name } : {}),
      iat: Math.floor(Date.now() / 1000),
    })
  }

  sign(claims: TokenClaims): string {
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url')
    return `${payload}.${this.mac(payload).toString('base64url')}`
  }

  /** The claims of a genuine token; throws `TokenError` for anything else. */
  verify(token: string | undefined | null): TokenClaims {
    if (!token) throw new TokenError('no token')
    if (token.length > MAX_TOKEN_LENGTH) throw new TokenError('token too long')
    const [payload, signature, ...rest] = token.split('.')
    if (!payload || !signature || rest.length > 0) throw new TokenError('malformed token')
    const given = Buffer.from(signature, 'base64url')
    const expected = this.mac(payload)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      throw new TokenError('bad signature')
    }
    let json: unknown
    try {
      json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
    } catch {
      throw new TokenError('malformed claims')
    }
    const parsed = tokenClaims.safeParse(json)
    if (!parsed.success) throw new TokenError('malformed claims')
    return parsed.data
  }

  /** The claims of a token that may open `meetingId`; throws `TokenError` otherwise. */
  verifyForMeeting(token: string | undefined | null, meetingId: string): TokenClaims {
    const claims = this.verify(token)
    if (claims.r !== 'organizer' && claims.m !== meetingId) {
      throw new TokenError('token of another meeting')
    }
    return claims
  }

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.secret).update(payload).digest()
  }
}
