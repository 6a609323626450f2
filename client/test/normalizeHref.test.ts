import { isSafeHref } from '@referat/shared'
import { describe, expect, it } from 'vitest'
import { normalizeHref } from '../src/editor/normalizeHref'

describe('normalizeHref', () => {
  it('adds https:// to addresses typed without a scheme', () => {
    expect(normalizeHref('www.osloregionen.no')).toBe('https://www.osloregionen.no')
    expect(normalizeHref(' forms.office.com/e/x ')).toBe('https://forms.office.com/e/x')
  })

  it('turns e-mail addresses into mailto links', () => {
    expect(normalizeHref('post@osloregionen.no')).toBe('mailto:post@osloregionen.no')
  })

  it('keeps a scheme as typed, so unsafe ones are still refused', () => {
    expect(normalizeHref('javascript:alert(1)')).toBe('javascript:alert(1)')
    expect(isSafeHref(normalizeHref('javascript:alert(1)'))).toBe(false)
    expect(isSafeHref(normalizeHref('https://example.org'))).toBe(true)
  })
})
