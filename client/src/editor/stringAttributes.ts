/** Rendered HTML attributes as strings, leaving out null and undefined ones. */
export function stringAttributes(attributes: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined) result[key] = String(value)
  }
  return result
}
