import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { startServer } from './support/startServer'

/** A stand-in client build: a page, a hashed asset and the service worker. */
function fakeBuild(): string {
  const dist = mkdtempSync(join(tmpdir(), 'referat-dist-'))
  onTestFinished(() => rmSync(dist, { recursive: true, force: true }))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Referat</title>')
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'export {}\n')
  writeFileSync(join(dist, 'sw.js'), 'self.REFERAT_BUILD = {}\n')
  return dist
}

describe('the static client', () => {
  it('serves the service worker and the page for revalidation, hashed assets for an hour', async () => {
    const t = await startServer({ clientDist: fakeBuild() })

    const worker = await fetch(`${t.url}/sw.js`)
    expect(worker.status).toBe(200)
    expect(worker.headers.get('content-type')).toMatch(/javascript/)
    expect(worker.headers.get('cache-control')).toBe('no-cache')
    // A worker script's own policy must let it fetch from its origin.
    expect(worker.headers.get('content-security-policy')).toContain("connect-src 'self'")

    for (const path of ['/index.html', '/m/abc?token=x', '/']) {
      const page = await fetch(`${t.url}${path}`)
      expect(page.status, path).toBe(200)
      expect(page.headers.get('cache-control'), path).toBe('no-cache')
    }

    const asset = await fetch(`${t.url}/assets/index-abc123.js`)
    expect(asset.headers.get('cache-control')).toBe('public, max-age=3600')
  })
})
