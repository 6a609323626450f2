import type { MeetingLinks, MeetingSummary } from '@referat/shared'
import type { MeetingRecord } from '../storage/Storage'

/** The REST view of a stored meeting. */
export function toSummary(record: MeetingRecord, links?: MeetingLinks): MeetingSummary {
  const { title, group, date, start, end, location, language, status } = record.meta
  return {
    id: record.id,
    title,
    group,
    date,
    start,
    end,
    location,
    language,
    status,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(links ? { links } : {}),
  }
}
