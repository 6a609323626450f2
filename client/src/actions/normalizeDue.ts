/**
 * A due date as stored: a Norwegian date (16.3.2026 or 16.03.26) becomes YYYY-MM-DD; anything
 * else (a date already, or free text such as "uke 12") is kept as typed.
 */
export function normalizeDue(typed: string): string {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\s*$/.exec(typed)
  if (!match) return typed
  const [, day = '', month = '', rawYear = ''] = match
  const year = rawYear.length === 2 ? `20${rawYear}` : rawYear
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  if (date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) return typed
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`
}
