/** The `?token=` of the current address, or null when absent. */
export function readTokenFromUrl(): string | null {
  const token = new URLSearchParams(window.location.search).get('token')
  return token && token.trim() ? token.trim() : null
}
