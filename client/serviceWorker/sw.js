/* global self, caches */
// The service worker that keeps Referat's app shell, so a meeting page that was opened once also
// opens (and reloads) without a network: the document itself then comes from IndexedDB.
//
// The build (serviceWorkerPlugin.ts) prepends `self.REFERAT_BUILD = { version, files }`: a hash
// of the build and the URLs of index.html, every hashed file under /assets/ and the public files.
// A new deploy has a new version, so its worker installs a new cache and removes the old ones.

const { version, files } = self.REFERAT_BUILD
const CACHE_PREFIX = 'referat-shell-'
const CACHE = `${CACHE_PREFIX}${version}`
const SHELL = '/index.html'
const PRECACHED = new Set(files)

/** Never answered from the cache: live data, the collaboration socket, probes, exports. */
const LIVE = /^\/(api|collab)(\/|$)|^\/(healthz|readyz|metrics|sw\.js)$/

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      // `reload` skips the HTTP cache: index.html must be this build's, not an older copy.
      .then((cache) => cache.addAll(files.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  )
})

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  )
})

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== self.location.origin || LIVE.test(url.pathname)) return
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request))
  } else if (PRECACHED.has(url.pathname) || url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(event))
  }
})

/** The page from the network; without one, the cached index.html (the client routes itself). */
async function navigation(request) {
  try {
    return await fetch(request)
  } catch (error) {
    const shell = await caches.match(SHELL, { cacheName: CACHE })
    if (shell) return shell
    throw error
  }
}

/** Build files have content-hashed names, so a cached copy is always the right one. */
async function cacheFirst(event) {
  const { request } = event
  const cached = await caches.match(request, { cacheName: CACHE, ignoreSearch: true })
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok && new URL(request.url).pathname.startsWith('/assets/')) {
    const copy = response.clone()
    event.waitUntil(caches.open(CACHE).then((cache) => cache.put(request, copy)))
  }
  return response
}
