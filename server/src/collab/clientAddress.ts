import type { IncomingMessage } from 'node:http'
import { isIP } from 'node:net'

function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.')
}

/**
 * The network address a connection comes from, for per-address limits. Like the REST side
 * (`trust proxy: loopback`), a reverse proxy on the same machine is trusted: its
 * `X-Forwarded-For` is read from the right, skipping loopback hops, so everyone behind a local
 * nginx does not share one address. A header from anywhere else is ignored (it could be forged).
 */
export function clientAddress(request: IncomingMessage): string {
  let address = request.socket.remoteAddress ?? 'unknown'
  const header = request.headers['x-forwarded-for']
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => isIP(hop) !== 0)
  while (isLoopback(address) && forwarded.length > 0) address = forwarded.pop() as string
  return address
}
