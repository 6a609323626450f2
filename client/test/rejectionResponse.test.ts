import { describe, expect, it } from 'vitest'
import { rejectionResponse } from '../src/collab/rejectionResponse'

describe('rejectionResponse', () => {
  it('reloads on the first rejection', () => {
    expect(rejectionResponse(null, 1_000_000)).toBe('reload')
  })

  it('fails instead of looping when the last reload was seconds ago', () => {
    expect(rejectionResponse(1_000_000, 1_003_000)).toBe('fail')
  })

  it('reloads again when the last rejection was long ago', () => {
    expect(rejectionResponse(1_000_000, 1_060_000)).toBe('reload')
  })
})
