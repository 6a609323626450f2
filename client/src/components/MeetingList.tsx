import type { MeetingSummary, OpenActionItem } from '@referat/shared'
import { useI18n } from '../i18n/useI18n'
import { GroupActionItems } from './GroupActionItems'
import { groupMeetings } from './groupMeetings'
import { MeetingListItem } from './MeetingListItem'

/**
 * The organizer's meetings grouped by group, each group newest first, or an empty state (no
 * meetings at all, or none that the search and filters let through).
 */
export function MeetingList({
  meetings,
  token,
  filtered = false,
  actionItems = [],
  onSaveTemplate,
}: {
  meetings: readonly MeetingSummary[]
  /** The organizer's token. */
  token: string
  /** Whether a search or filter is on (for the empty state's words). */
  filtered?: boolean
  /** The open action items of every meeting, shown under their group. */
  actionItems?: readonly OpenActionItem[]
  /** Saves a meeting's agenda as a template; resolves with the template's name. */
  onSaveTemplate?: (meeting: MeetingSummary) => Promise<string>
}) {
  const { t } = useI18n()
  if (meetings.length === 0) {
    return (
      <div className="empty-state" data-testid="meeting-list" data-empty="true">
        <p className="empty-state-title">{filtered ? t.meetingsNoneMatch : t.meetingsEmpty}</p>
        {!filtered && <p className="muted">{t.meetingsEmptyHint}</p>}
      </div>
    )
  }
  return (
    <div className="meeting-groups" data-testid="meeting-list">
      {groupMeetings(meetings).map(({ group, meetings: list }) => (
        <section
          key={group}
          className="meeting-group"
          aria-label={group || t.meetingsNoGroup}
          data-testid="meeting-group"
        >
          <h2 className="meeting-group-heading">
            {group || t.meetingsNoGroup} <span className="count">({list.length})</span>
          </h2>
          <GroupActionItems items={actionItems.filter((item) => item.group.trim() === group)} />
          <ul className="meeting-list">
            {list.map((meeting) => (
              <MeetingListItem
                key={meeting.id}
                meeting={meeting}
                token={token}
                onSaveTemplate={onSaveTemplate}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  )
}
