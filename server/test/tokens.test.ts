import { describe, expect, it } from 'vitest'
import { TokenError } from '../src/auth/TokenError'
import { Tokens } from '../src/auth/Tokens'

const tokens = new Tokens('a-secret-of-enough-length')

describe('capability tokens', () => {
  it('carries role and meeting', () => {
    const token = tokens.forMeeting('meeting123', 'secretary')
    expect(tokens.verify(token)).toMatchObject({ r: 'secretary', m: 'meeting123' })
    expect(tokens.verifyForMeeting(token, 'meeting123').r).toBe('secretary')
    expect(tokens.verify(tokens.organizer())).toMatchObject({ r: 'organizer' })
  })

  it('refuses a token signed with another secret', () => {
    const other = new Tokens('another-secret-of-enough-length')
    expect(() => tokens.verify(other.forMeeting('meeting123', 'moderator'))).toThrow(TokenError)
  })

  it('refuses a token whose claims were changed', () => {
    const [, signature] = tokens.forMeeting('meeting123', 'viewer').split('.')
    const claims = { v: 1, r: 'moderator', m: 'meeting123', iat: 1 }
    const forged = `${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`
    expect(() => tokens.verify(forged)).toThrow('bad signature')
  })

  it('refuses a token of another meeting', () => {
    const token = tokens.forMeeting('meeting123', 'moderator')
    expect(() => tokens.verifyForMeeting(token, 'meeting456')).toThrow('another meeting')
  })

  it('refuses truncated, empty and malformed tokens', () => {
    const token = tokens.forMeeting('meeting123', 'moderator')
    for (const bad of [
      token.slice(0, -1),
      token.slice(0, 20),
      '',
      'a.b.c',
      'x'.repeat(600),
      null,
    ]) {
      expect(() => tokens.verify(bad)).toThrow(TokenError)
    }
  })

  it('refuses well-signed claims of the wrong shape', () => {
    const bad = [
      { v: 1, r: 'organizer', m: 'meeting123', iat: 0 },
      { v: 1, r: 'secretary', iat: 0 },
      { v: 1, r: 'king', m: 'meeting123', iat: 0 },
      { v: 2, r: 'viewer', m: 'meeting123', iat: 0 },
    ]
    for (const claims of bad) {
      expect(() => tokens.verify(tokens.sign(claims as never))).toThrow('malformed claims')
    }
  })
})
