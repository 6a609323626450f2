import type { Messages } from '../i18n/nb'
import type { DecisionRecord } from './DecisionRecord'

/**
 * The vote of a decision: "7 for, 2 mot" (blank votes only when there were any), or the word
 * for unanimous when no count was recorded.
 */
export function formatVote(record: DecisionRecord, t: Messages): string {
  const { votesFor, votesAgainst, votesBlank } = record
  if (votesFor === null && votesAgainst === null && votesBlank === null) return t.decisionUnanimous
  const parts = [t.decisionVoteFor(votesFor ?? 0), t.decisionVoteAgainst(votesAgainst ?? 0)]
  if (votesBlank) parts.push(t.decisionVoteBlank(votesBlank))
  return parts.join(', ')
}
