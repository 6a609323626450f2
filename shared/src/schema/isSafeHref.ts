const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** Links in the referat may only point to http, https and mailto addresses. */
export function isSafeHref(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.has(new URL(href.trim()).protocol)
  } catch {
    return false
  }
}
