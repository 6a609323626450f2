/**
 * Sets (or, when empty, removes) query parameters of the address without a new history entry,
 * so a filtered page can be reloaded or shared as it is.
 */
export function writeUrlParams(params: Record<string, string>): void {
  const url = new URL(window.location.href)
  for (const [name, value] of Object.entries(params)) {
    if (value) url.searchParams.set(name, value)
    else url.searchParams.delete(name)
  }
  const next = `${url.pathname}${url.search}${url.hash}`
  const current = `${window.location.pathname}${window.location.search}${window.location.hash}`
  if (next !== current) window.history.replaceState(window.history.state, '', next)
}
