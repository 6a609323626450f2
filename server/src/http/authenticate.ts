import type { Request } from 'express'
import type { TokenClaims } from '@referat/shared'
import type { Tokens } from '../auth/Tokens'
import { HttpError } from './HttpError'

/** The token of a request: `Authorization: Bearer …` or `?token=…`. */
export function requestToken(req: Request): string | undefined {
  const header = req.get('authorization')
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim()
  const query = req.query.token
  return typeof query === 'string' ? query : undefined
}

/** The claims of the request's token; 401 when it is missing or not genuine. */
export function authenticate(tokens: Tokens, req: Request): TokenClaims {
  try {
    return tokens.verify(requestToken(req))
  } catch {
    throw new HttpError(401, 'unauthorized', 'a valid token is required (link or organizer URL)')
  }
}

/** 403 unless the request carries the organizer token. */
export function requireOrganizer(tokens: Tokens, req: Request): TokenClaims {
  const claims = authenticate(tokens, req)
  if (claims.r !== 'organizer') {
    throw new HttpError(403, 'forbidden', 'only the organizer may do this')
  }
  return claims
}
