import { describe, expect, it } from 'vitest'
import { formatDecisionLine } from '../src/editor/formatDecisionLine'
import { readDecisionRecord } from '../src/editor/readDecisionRecord'
import { en } from '../src/i18n/en'
import { nb } from '../src/i18n/nb'

// A local time, so the expected clock does not depend on the time zone of the test machine.
const at = new Date(2026, 2, 16, 9, 42).toISOString()

describe('formatDecisionLine', () => {
  it('says who decided when, unanimously when no votes were counted', () => {
    const record = readDecisionRecord({ decidedBy: 'Eli Bryhni', decidedAt: at })
    expect(formatDecisionLine(record, nb, 'nb')).toBe('Vedtatt av Eli Bryhni kl. 09:42 · Enstemmig')
    expect(formatDecisionLine(record, en, 'en')).toBe(
      'Decided by Eli Bryhni at 09:42 · Unanimously',
    )
  })

  it('gives the vote count, with blank votes only when there were any', () => {
    const counted = { decidedBy: 'Eli Bryhni', decidedAt: at, votesFor: 7, votesAgainst: 2 }
    expect(formatDecisionLine(readDecisionRecord({ ...counted, votesBlank: 0 }), nb, 'nb')).toBe(
      'Vedtatt av Eli Bryhni kl. 09:42 · 7 for, 2 mot',
    )
    expect(formatDecisionLine(readDecisionRecord({ ...counted, votesBlank: 1 }), nb, 'nb')).toBe(
      'Vedtatt av Eli Bryhni kl. 09:42 · 7 for, 2 mot, 1 blank',
    )
  })

  it('is empty for a proposal and ignores attributes of the wrong type', () => {
    expect(formatDecisionLine(readDecisionRecord({ state: 'proposed' }), nb, 'nb')).toBe('')
    const odd = readDecisionRecord({ decidedBy: 'Eli', decidedAt: 'soon', votesFor: -3 })
    expect(odd.votesFor).toBeNull()
    expect(formatDecisionLine(odd, nb, 'nb')).toBe('Eli · Enstemmig')
  })
})
