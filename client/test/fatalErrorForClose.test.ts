import { CloseCodes } from '@referat/shared'
import { describe, expect, it } from 'vitest'
import { fatalErrorForClose } from '../src/collab/fatalErrorForClose'

describe('fatalErrorForClose', () => {
  it('gives up for good only on what reconnecting cannot fix', () => {
    expect(fatalErrorForClose(CloseCodes.Unauthorized.code)).toBe('unauthorized')
    expect(fatalErrorForClose(CloseCodes.NotFound.code)).toBe('not-found')
  })

  it('reconnects after the transient limits: message rate, a full meeting, too many connections', () => {
    expect(fatalErrorForClose(CloseCodes.TooManyMessages.code)).toBeNull()
    expect(fatalErrorForClose(CloseCodes.MeetingFull.code)).toBeNull()
    expect(fatalErrorForClose(CloseCodes.TooManyConnections.code)).toBeNull()
    expect(fatalErrorForClose(CloseCodes.MessageTooBig.code)).toBeNull()
  })

  it('leaves a refused or too-large update to the rejection flow (reload from the server)', () => {
    expect(fatalErrorForClose(CloseCodes.Rejected.code)).toBeNull()
    expect(fatalErrorForClose(CloseCodes.MeetingTooLarge.code)).toBeNull()
  })
})
