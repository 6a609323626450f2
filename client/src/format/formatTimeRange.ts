/** "09:00–11:00", just the start or "–11:00" when one is missing, or "" when neither is set. */
export function formatTimeRange(start: string, end: string): string {
  if (start && end) return `${start}–${end}`
  return start || (end ? `–${end}` : '')
}
