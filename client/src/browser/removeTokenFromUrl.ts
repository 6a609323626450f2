/**
 * Removes `?token=` from the address bar once the token is stored: the page is often shown on
 * a projector, and the token is a key to the meeting.
 */
export function removeTokenFromUrl(): void {
  const url = new URL(window.location.href)
  if (!url.searchParams.has('token')) return
  url.searchParams.delete('token')
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`)
}
