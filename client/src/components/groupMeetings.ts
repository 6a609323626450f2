import type { MeetingStatus, MeetingSummary } from '@referat/shared'

/** The meeting list's filters; '' means any. */
export interface MeetingFilter {
  status: MeetingStatus | ''
  group: string
}

/** One group's meetings, as the list shows them under the group's heading. */
export interface MeetingGroup {
  /** '' for meetings without a group. */
  group: string
  meetings: MeetingSummary[]
}

/** The meetings that pass `filter`, in their order. */
export function filterMeetings(
  meetings: readonly MeetingSummary[],
  { status, group }: MeetingFilter,
): MeetingSummary[] {
  return meetings.filter(
    (meeting) => (!status || meeting.status === status) && (!group || meeting.group === group),
  )
}

const newestFirst = (a: MeetingSummary, b: MeetingSummary) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)

/**
 * Meetings grouped by their group, groups in alphabetical order (Norwegian collation) with the
 * meetings without a group last, each group's meetings newest date first.
 */
export function groupMeetings(meetings: readonly MeetingSummary[]): MeetingGroup[] {
  const groups = new Map<string, MeetingSummary[]>()
  for (const meeting of meetings) {
    const key = meeting.group.trim()
    groups.set(key, [...(groups.get(key) ?? []), meeting])
  }
  return [...groups]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'nb')))
    .map(([group, list]) => ({ group, meetings: list.sort(newestFirst) }))
}

/** The groups of `meetings`, sorted, for the group filter. */
export function groupNames(meetings: readonly MeetingSummary[]): string[] {
  const names = new Set(meetings.map((meeting) => meeting.group.trim()).filter(Boolean))
  return [...names].sort((a, b) => a.localeCompare(b, 'nb'))
}
