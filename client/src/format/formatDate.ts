import { localeOf, type Language } from '@referat/shared'
import { dateTimeFormat } from './dateTimeFormat'

/**
 * A meeting date (YYYY-MM-DD) as people write it, e.g. "torsdag 16. mars 2023" (nynorsk:
 * "måndag 16. mars 2026").
 * Returns the input unchanged when it is not such a date.
 */
export function formatDate(
  isoDate: string,
  lang: Language,
  style: 'full' | 'medium' = 'full',
): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) return isoDate
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
  if (Number.isNaN(date.getTime())) return isoDate
  return dateTimeFormat(localeOf(lang), { dateStyle: style }).format(date)
}
