/** The value at quantile `q` (0–1) of `values`, nearest rank; NaN when empty. */
export function percentile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) return NaN
  const sorted = Float64Array.from(values).sort()
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[rank] as number
}

/** The median of `values` (upper of the two middles). */
export function median(values: readonly number[]): number {
  return percentile(values, 0.5)
}
