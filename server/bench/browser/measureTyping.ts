import type { Locator, Page } from 'playwright-core'
import type { KeystrokeStats } from './BrowserBenchResult'
import { percentile } from './percentile'
import type { ProbeGlobal } from './ProbeRecord'

const KEYBOARD_EVENTS = new Set(['keydown', 'keypress', 'keyup', 'beforeinput', 'input'])

/** The page's `requestAnimationFrame` (the server's type-check knows no DOM). */
type FrameGlobal = { requestAnimationFrame(callback: () => void): number }

const frames = (page: Page) =>
  page.evaluate(() => {
    const { requestAnimationFrame: frame } = globalThis as unknown as FrameGlobal
    return new Promise<void>((resolve) => frame(() => frame(resolve)))
  })

/**
 * Scrolls `target` into view and waits until its box stops moving: agenda items off screen are
 * not laid out (content-visibility), and those that come into view take their real height.
 */
async function settledBox(target: Locator) {
  const page = target.page()
  let previous: Awaited<ReturnType<Locator['boundingBox']>> = null
  for (let attempt = 0; attempt < 50; attempt++) {
    await target.scrollIntoViewIfNeeded({ timeout: 120_000 })
    await frames(page)
    const box = await target.boundingBox({ timeout: 120_000 })
    if (box && previous && box.x === previous.x && box.y === previous.y) return box
    previous = box
  }
  throw new Error('the paragraph to type into does not stay in place')
}

/**
 * Clicks into the first line of `target`, goes to the end of that line (a paragraph of the editor), types `text` with
 * `delayMs` between keys and summarises the page probe's keystroke-to-paint figures. Throws when
 * the text did not reach the paragraph or a keystroke was not measured.
 */
export async function measureTyping(
  target: Locator,
  text: string,
  delayMs: number,
): Promise<Omit<KeystrokeStats, 'remoteChars'>> {
  const page = target.page()
  const box = await settledBox(target)
  await page.mouse.click(box.x + box.width / 2, box.y + 4)
  await page.keyboard.press('End')
  await page.evaluate(() => (globalThis as ProbeGlobal).__referatBench?.start())
  await page.keyboard.type(text, { delay: delayMs })
  // The last keystrokes' frames: let them paint before reading the figures.
  await page.waitForTimeout(500)
  const record = await page.evaluate(() => (globalThis as ProbeGlobal).__referatBench?.stop())
  if (!record) throw new Error('the page probe is missing')
  const typed = (await target.textContent()) ?? ''
  if (!typed.includes(text.slice(-20))) {
    throw new Error(`the typed text did not reach the paragraph: …${typed.slice(-60)}`)
  }
  if (record.keystrokes.length !== text.length) {
    throw new Error(`measured ${record.keystrokes.length} of ${text.length} keystrokes`)
  }
  const latencies = record.keystrokes.map((keystroke) => keystroke.ms)
  const slow = record.slowEvents.filter((event) => KEYBOARD_EVENTS.has(event.name))
  const slowKeystrokes = slow.filter((event) => event.name === 'keydown')
  return {
    keystrokes: latencies.length,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    maxMs: Math.max(...latencies),
    slowEvents: slowKeystrokes.length,
    slowestEventMs: Math.max(0, ...slow.map((event) => event.ms)),
    longTasks: record.longTasks.length,
  }
}
