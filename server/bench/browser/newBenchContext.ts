import { readFileSync } from 'node:fs'
import type { Browser, BrowserContext } from 'playwright-core'

const probeSource = readFileSync(new URL('./pageProbe.js', import.meta.url), 'utf8')

/**
 * A fresh browser context (empty cache and storage) whose pages skip the name dialog and carry
 * the benchmark's probe (`pageProbe.js`) waiting for `items` agenda items.
 */
export async function newBenchContext(
  browser: Browser,
  items: number,
  name = 'Benk Måler',
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  await context.addInitScript({
    content:
      `window.localStorage.setItem('referat.name', ${JSON.stringify(name)});\n` +
      `${probeSource}\ninstallReferatBenchProbe(${items});`,
  })
  return context
}
