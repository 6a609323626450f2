import { gzipSync } from 'node:zlib'
import type { Page, Response } from 'playwright-core'
import type { ScriptFile } from './BrowserBenchResult'

/**
 * Starts recording every JavaScript response `page` receives; `files()` gives each one's size
 * raw and gzipped (zlib, default level), in the order they arrived.
 */
export function collectScripts(page: Page): { files(): Promise<ScriptFile[]> } {
  const pending: Promise<ScriptFile | Error>[] = []
  const onResponse = (response: Response) => {
    const isScript =
      response.request().resourceType() === 'script' ||
      /javascript/.test(response.headers()['content-type'] ?? '')
    if (!isScript) return
    pending.push(
      response.body().then(
        (body) => ({
          path: new URL(response.url()).pathname,
          bytes: body.length,
          gzipBytes: gzipSync(body).length,
        }),
        (error: unknown) => new Error(`could not read ${response.url()}: ${String(error)}`),
      ),
    )
  }
  page.on('response', onResponse)
  return {
    async files() {
      page.off('response', onResponse)
      const results = await Promise.all(pending)
      const failed = results.find((result) => result instanceof Error)
      if (failed) throw failed
      return results as ScriptFile[]
    },
  }
}
