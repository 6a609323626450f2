import type { Page } from 'playwright-core'
import type { ProbeGlobal } from './ProbeRecord'

/**
 * Navigates `page` to `url` and resolves with the milliseconds from navigation start to the first
 * frame in which the editor was editable and its last agenda item rendered (as the page's probe
 * measured it).
 */
export async function openUntilEditable(page: Page, url: string, timeoutMs = 120_000) {
  await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs })
  const ready = await page.waitForFunction(
    () => (globalThis as ProbeGlobal).__referatBench?.ready,
    undefined,
    { timeout: timeoutMs, polling: 100 },
  )
  return (await ready.jsonValue()) as number
}
