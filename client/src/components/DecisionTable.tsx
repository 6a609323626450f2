import type { DecisionRegisterEntry } from '@referat/shared'
import { formatVote } from '../editor/formatVote'
import { formatClock } from '../format/formatClock'
import { formatDate } from '../format/formatDate'
import { useI18n } from '../i18n/useI18n'
import { StatusBadge } from './StatusBadge'

interface DecisionTableProps {
  decisions: readonly DecisionRegisterEntry[]
  /** Where a meeting's title links to; plain text when there is no link. */
  meetingHref: (meetingId: string) => string | undefined
  /** Id of the heading that names the table. */
  labelledBy: string
}

/** The decision register as a table: date, meeting, item, the decision, who decided it. */
export function DecisionTable({ decisions, meetingHref, labelledBy }: DecisionTableProps) {
  const { t, lang } = useI18n()
  return (
    // Scrolls sideways on narrow screens; focusable so that works from the keyboard too.
    <div className="decision-table-wrap" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="decision-table" aria-labelledby={labelledBy} data-testid="decision-table">
        <thead>
          <tr>
            <th scope="col">{t.decisionsColDate}</th>
            <th scope="col">{t.decisionsColMeeting}</th>
            <th scope="col">{t.decisionsColItem}</th>
            <th scope="col">{t.decisionsColDecision}</th>
            <th scope="col">{t.decisionsColDecidedBy}</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((decision, index) => {
            const href = meetingHref(decision.meetingId)
            const time = decision.decidedAt ? formatClock(decision.decidedAt, lang) : ''
            const vote = formatVote(
              {
                decidedBy: decision.decidedBy,
                decidedAt: decision.decidedAt,
                votesFor: decision.vote?.for ?? null,
                votesAgainst: decision.vote?.against ?? null,
                votesBlank: decision.vote?.blank ?? null,
              },
              t,
            )
            return (
              <tr
                key={`${decision.meetingId}/${decision.decisionId}/${index}`}
                data-testid="decision-row"
              >
                <td className="decision-date">
                  <time dateTime={decision.date}>{formatDate(decision.date, lang, 'medium')}</time>
                </td>
                <td className="decision-meeting">
                  {href ? <a href={href}>{decision.meetingTitle}</a> : decision.meetingTitle}
                  <span className="decision-meeting-details">
                    {decision.group && <span>{decision.group}</span>}
                    <StatusBadge status={decision.meetingStatus} />
                  </span>
                </td>
                <td className="decision-item">
                  {decision.itemLabel && (
                    <span className="decision-item-label">{decision.itemLabel}</span>
                  )}{' '}
                  {decision.itemTitle}
                </td>
                <td className="decision-text">{decision.text}</td>
                <td className="decision-by">
                  {decision.decidedBy ?? '–'}
                  <span className="decision-by-details">
                    {[time, vote].filter(Boolean).join(' · ')}
                  </span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
