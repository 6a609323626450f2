import type { Language } from '@referat/shared'
import { formatClock } from '../format/formatClock'
import type { Messages } from '../i18n/nb'
import type { DecisionRecord } from './DecisionRecord'
import { formatVote } from './formatVote'

/**
 * The line under a decided decision: "Vedtatt av Eli Bryhni kl. 09:42 · 7 for, 2 mot";
 * '' for a decision without a record (a proposal).
 */
export function formatDecisionLine(record: DecisionRecord, t: Messages, lang: Language): string {
  if (!record.decidedBy) return ''
  const time = record.decidedAt ? formatClock(record.decidedAt, lang) : ''
  const who = time ? t.decisionDecidedBy(record.decidedBy, time) : record.decidedBy
  return `${who} · ${formatVote(record, t)}`
}
