/**
 * Registers the service worker that keeps the app shell (`/sw.js`, written by the build), so a
 * meeting page once opened also opens and reloads offline. Production builds only: Vite's dev
 * server has no worker. Browsers offer service workers only over https and on localhost.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  const register = () => {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/', updateViaCache: 'none' })
      .catch((error: unknown) => console.warn('Referat: offline use is not available', error))
  }
  // After the page has loaded, so precaching does not compete with the first load.
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
