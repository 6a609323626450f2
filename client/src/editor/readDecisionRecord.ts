import type { DecisionRecord } from './DecisionRecord'

const text = (value: unknown) => (typeof value === 'string' && value ? value : null)
const count = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null

/** The decision record of a `decision` node's attributes, with values of a wrong type dropped. */
export function readDecisionRecord(attrs: Record<string, unknown>): DecisionRecord {
  return {
    decidedBy: text(attrs.decidedBy),
    decidedAt: text(attrs.decidedAt),
    votesFor: count(attrs.votesFor),
    votesAgainst: count(attrs.votesAgainst),
    votesBlank: count(attrs.votesBlank),
  }
}
