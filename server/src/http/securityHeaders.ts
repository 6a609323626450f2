import helmet from 'helmet'

/**
 * The Content-Security-Policy of the app. No inline script or style at all: the client is built
 * into files, Tiptap's CSS is in the client's stylesheet (its `injectCSS` is off), and styles the
 * client computes are set through the CSSOM, which the policy does not govern. `'self'` in
 * connect-src also allows the collaboration WebSocket on the same host and port (ws: and wss:).
 * No upgrade-insecure-requests: the server is usually reached over plain http on 127.0.0.1.
 */
const APP_CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
} as const

/**
 * Helmet with the app's strict CSP, frames denied and no referrer (links carry their token in
 * the query). No CORS headers are ever sent, so other origins cannot read the API.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: APP_CSP },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  })
}
