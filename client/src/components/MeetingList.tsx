import type { MeetingSummary } from '@referat/shared'
import { useI18n } from '../i18n/useI18n'
import { MeetingListItem } from './MeetingListItem'

/** The organizer's meetings, newest first (as the server orders them), or an empty state. */
export function MeetingList({
  meetings,
  token,
}: {
  meetings: readonly MeetingSummary[]
  /** The organizer's token. */
  token: string
}) {
  const { t } = useI18n()
  if (meetings.length === 0) {
    return (
      <div className="empty-state" data-testid="meeting-list" data-empty="true">
        <p className="empty-state-title">{t.meetingsEmpty}</p>
        <p className="muted">{t.meetingsEmptyHint}</p>
      </div>
    )
  }
  return (
    <ul className="meeting-list" data-testid="meeting-list">
      {meetings.map((meeting) => (
        <MeetingListItem key={meeting.id} meeting={meeting} token={token} />
      ))}
    </ul>
  )
}
