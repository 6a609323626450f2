import type { OpenActionItem } from '@referat/shared'
import { formatDate } from '../format/formatDate'
import { useI18n } from '../i18n/useI18n'

/** A group's open action items at a glance, folded under the group's heading. */
export function GroupActionItems({ items }: { items: readonly OpenActionItem[] }) {
  const { t, lang } = useI18n()
  if (items.length === 0) return null
  return (
    <details className="group-action-items" data-testid="group-action-items">
      <summary>{t.groupOpenActionItems(items.length)}</summary>
      <ul>
        {items.map((item, i) => (
          <li key={`${item.meetingId}-${i}`}>
            <span className="group-action-text">{item.text || t.untitled}</span>
            <span className="muted">
              {[item.assignee, item.due].filter(Boolean).join(' · ')}
              {item.assignee || item.due ? ' · ' : ''}
              {item.meetingTitle}, {formatDate(item.date, lang, 'medium')}
            </span>
          </li>
        ))}
      </ul>
    </details>
  )
}
