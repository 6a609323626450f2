/** The record of a decision as its node attributes hold it. */
export interface DecisionRecord {
  decidedBy: string | null
  decidedAt: string | null
  votesFor: number | null
  votesAgainst: number | null
  votesBlank: number | null
}
