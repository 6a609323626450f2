/**
 * What someone typed as a link address, made into a URL: "www.example.no" and
 * "example.no/x" get https://, "name@example.no" gets mailto:. Anything else is kept as typed.
 */
export function normalizeHref(input: string): string {
  const text = input.trim()
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return text
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`
  if (/^[^\s/]+\.[^\s/]+/.test(text)) return `https://${text}`
  return text
}
