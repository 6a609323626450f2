import type { ReferatBlock } from '../referat/Referat'
import type { ExportLabels } from './exportLabels'

type Decision = Extract<ReferatBlock, { type: 'decision' }>
type ActionItem = Extract<ReferatBlock, { type: 'actionItem' }>

/** The record of a decided decision: who decided it and the vote, or "enstemmig". */
export function decisionRecord(b: Pick<Decision, 'decidedBy' | 'vote'>, l: ExportLabels): string {
  const parts = [b.decidedBy ? l.decidedBy(b.decidedBy) : '', b.vote ? l.votes(b.vote) : '']
  return parts.filter(Boolean).join(', ') || l.unanimous
}

/** What an export says after an action item's text: responsible, due and done, those it has. */
export function actionDetails(b: ActionItem, l: ExportLabels): string[] {
  return [
    b.assignee ? `${l.responsible}: ${b.assignee}` : '',
    b.due ? `${l.due}: ${b.due}` : '',
    b.done ? l.done : '',
  ].filter(Boolean)
}
