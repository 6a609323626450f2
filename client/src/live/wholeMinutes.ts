/** Whole minutes of a duration in milliseconds, rounded down. */
export function wholeMinutes(ms: number): number {
  return Math.floor(ms / 60_000)
}
