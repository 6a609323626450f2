import { localeOf, type Language } from '@referat/shared'
import { dateTimeFormat } from './dateTimeFormat'

/** The local time of an ISO timestamp as "09:42" (24-hour clock); '' when it is not a time. */
export function formatClock(iso: string, lang: Language): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return dateTimeFormat(localeOf(lang), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(date)
}
