import { localeOf } from '../protocol/localeOf'
import type { MeetingMeta } from '../protocol/meetingMeta'
import { exportLabels } from './exportLabels'

/** "torsdag 16. mars 2023 kl. 09:00–11:00" (or the nynorsk or English equivalent). */
export function formatMeetingTime(meta: MeetingMeta): string {
  const [year, month, day] = meta.date.split('-').map(Number)
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1))
  const formatted = new Intl.DateTimeFormat(localeOf(meta.language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
  const time = [meta.start, meta.end].filter(Boolean).join('–')
  return time ? `${formatted} ${exportLabels[meta.language].at} ${time}` : formatted
}
