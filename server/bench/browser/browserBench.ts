import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { BrowserBenchResult, KeystrokeStats } from './BrowserBenchResult'
import { collectScripts } from './collectScripts'
import { importBigMeeting } from './importBigMeeting'
import { measureTyping } from './measureTyping'
import { newBenchContext } from './newBenchContext'
import { openUntilEditable } from './openUntilEditable'
import { percentile } from './percentile'
import { RemoteEditor } from './RemoteEditor'
import { startBenchServer } from './startBenchServer'

/** Options of `browserBench`; every one has a default. */
export interface BrowserBenchOptions {
  /** Agenda items of the meeting. @default 300 */
  items?: number
  /** Cold navigations, each in a fresh browser context. @default 5 */
  runs?: number
  /** Characters typed per typing run. @default 200 */
  characters?: number
  /** Milliseconds between keys, a fast human typist. @default 40 */
  delayMs?: number
  /** Remote editors typing in other agenda items during the second typing run. @default 5 */
  remoteEditors?: number
  /** Characters a second each remote editor types. @default 5 */
  remoteCharsPerSecond?: number
  /** Agenda items of the usual-size meeting typed in for reference. @default 10 */
  smallItems?: number
  /** The agenda item (0-based) the browser types into. @default the middle one */
  typingItem?: number
  /** When set, writes CPU profiles of a cold navigation and of both typing runs with this prefix. */
  profilePrefix?: string
  /** @default process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' */
  chromiumPath?: string
}

/** Targets of issue 6, item 3. */
const TARGETS = { keystrokeP95Ms: 16, javascriptGzipBytes: 350 * 1024 }

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const SENTENCE = 'Sekretariatet orienterte om status, og medlemmene stilte sporsmal om framdrift. '
const REMOTE_SENTENCE = 'Innspill fra kommunene ble notert og følges opp til neste møte. '

/** `length` characters of ASCII text: each has a key on Playwright's keyboard, so a keydown. */
const typingText = (length: number) =>
  SENTENCE.repeat(Math.ceil(length / SENTENCE.length)).slice(0, length)

const median = (values: number[]) => percentile(values, 50)

/** Records a CPU profile of `page` (CDP Profiler) around `work` when `file` is set. */
async function profiled<T>(page: Page, file: string | undefined, work: () => Promise<T>) {
  if (!file) return work()
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  await cdp.send('Profiler.start')
  try {
    return await work()
  } finally {
    const { profile } = await cdp.send('Profiler.stop')
    writeFileSync(file, JSON.stringify(profile))
    await cdp.detach()
  }
}

/** The paragraph of agenda item `item` that the browser types into (its first paragraph). */
const typingTarget = (page: Page, item: number) =>
  page
    .getByTestId('editor')
    .locator('section[data-type="agenda-item"]')
    .nth(item)
    .locator('p')
    .first()

async function coldAndWarmNavigation(browser: Browser, url: string, items: number, runs: number) {
  const coldMs: number[] = []
  const warmMs: number[] = []
  for (let run = 0; run < runs; run++) {
    const context = await newBenchContext(browser, items)
    const page = await context.newPage()
    coldMs.push(await openUntilEditable(page, url))
    warmMs.push(await openUntilEditable(page, url))
    await context.close()
  }
  return { coldMs, coldMedianMs: median(coldMs), warmMs, warmMedianMs: median(warmMs) }
}

/**
 * The browser benchmark of issue 6, item 3: starts a server, imports a `items`-item meeting and
 * measures in headless Chromium the time from navigation to an editable meeting, the
 * keystroke-to-paint latency while typing (alone and with remote editors typing in other items)
 * and the gzipped JavaScript the meeting page loads.
 */
export async function browserBench(options: BrowserBenchOptions = {}): Promise<BrowserBenchResult> {
  const items = options.items ?? 300
  const runs = options.runs ?? 5
  const characters = options.characters ?? 200
  const delayMs = options.delayMs ?? 40
  const remoteCount = options.remoteEditors ?? 5
  const remoteCharsPerSecond = options.remoteCharsPerSecond ?? 5
  const typingItem = options.typingItem ?? Math.floor(items / 2)
  const smallItems = options.smallItems ?? 10
  const profile = (name: string) =>
    options.profilePrefix ? `${options.profilePrefix}-${name}.cpuprofile` : undefined
  const loadAverageStart = loadavg()

  const server = await startBenchServer()
  let browser: Browser | undefined
  const remotes: RemoteEditor[] = []
  try {
    browser = await chromium.launch({
      executablePath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    })
    const meeting = await importBigMeeting(server.url, server.organizerToken, items)
    const token = new URL(meeting.links.secretary).searchParams.get('token') ?? ''
    const url = meeting.links.secretary

    const observer = new RemoteEditor(server.url, meeting.id, token, 'Kontroll', '#1f77b4')
    remotes.push(observer)
    await observer.synced()
    if (observer.agendaItems().length !== items) {
      throw new Error(`the imported meeting has ${observer.agendaItems().length} agenda items`)
    }

    // The first cold navigation also records the JavaScript the page loads.
    const context = await newBenchContext(browser, items)
    const page = await context.newPage()
    const scripts = collectScripts(page)
    await profiled(page, profile('navigation'), () => openUntilEditable(page, url))
    const files = await scripts.files()
    await context.close()

    const navigation = await coldAndWarmNavigation(browser, url, items, runs)

    const typingContext = await newBenchContext(browser, items)
    const typingPage = await typingContext.newPage()
    await openUntilEditable(typingPage, url)
    await typingPage
      .getByTestId('connection-status')
      .filter({ hasText: /Tilkoblet|Connected/ })
      .waitFor({ timeout: 60_000 })
    // Let the work that follows the first render (node views, presence, service worker) settle.
    await typingPage.waitForTimeout(2000)
    const target = typingTarget(typingPage, typingItem)
    const text = typingText(characters)
    const alone = await profiled(typingPage, profile('typing-alone'), () =>
      measureTyping(target, text, delayMs),
    )

    const others = [1, 2, -1, -2, 3, -3, 4, -4].map((offset) => typingItem + offset)
    for (let n = 0; n < remoteCount; n++) {
      const remote = new RemoteEditor(server.url, meeting.id, token, `Fjern ${n + 1}`, '#d62728')
      remotes.push(remote)
      await remote.synced()
    }
    const remoteTypists = remotes.slice(1)
    remoteTypists.forEach((remote, n) =>
      remote.startTyping(
        others[n % others.length] as number,
        REMOTE_SENTENCE,
        remoteCharsPerSecond,
      ),
    )
    await typingPage.waitForTimeout(1000)
    const typedBefore = remoteTypists.reduce((sum, remote) => sum + remote.typed, 0)
    const busy = await profiled(typingPage, profile('typing-remote'), () =>
      measureTyping(target, text, delayMs),
    )
    const remoteChars = remoteTypists.reduce((sum, remote) => sum + remote.typed, 0) - typedBefore
    remoteTypists.forEach((remote) => remote.stopTyping())
    await assertConverged(observer, typingPage, typingItem, text, remoteTypists.length > 0)
    await typingContext.close()

    const withRemoteEditors: KeystrokeStats = { ...busy, remoteChars }
    remotes.forEach((remote) => remote.destroy())
    remotes.length = 0

    const bareContentEditable = await typeInBareContentEditable(browser, text, delayMs)
    const small = await importBigMeeting(server.url, server.organizerToken, smallItems)
    const smallContext = await newBenchContext(browser, smallItems)
    const smallPage = await smallContext.newPage()
    await openUntilEditable(smallPage, small.links.secretary)
    await smallPage
      .getByTestId('connection-status')
      .filter({ hasText: /Tilkoblet|Connected/ })
      .waitFor({ timeout: 60_000 })
    await smallPage.waitForTimeout(2000)
    const smallTyping = await measureTyping(
      typingTarget(smallPage, Math.floor(smallItems / 2)),
      text,
      delayMs,
    )
    await smallContext.close()

    const totalGzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0)
    return {
      environment: {
        chromium: browser.version(),
        node: process.version,
        cpus: cpus().length,
        loadAverageStart,
        loadAverageEnd: loadavg(),
      },
      items,
      navigation,
      typing: {
        characters,
        delayMs,
        remoteEditors: remoteCount,
        remoteCharsPerSecond,
        alone: { ...alone, remoteChars: 0 },
        withRemoteEditors,
      },
      references: {
        bareContentEditable: { ...bareContentEditable, remoteChars: 0 },
        smallMeeting: { items: smallItems, typing: { ...smallTyping, remoteChars: 0 } },
      },
      javascript: {
        files,
        totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
        totalGzipBytes,
      },
      targets: TARGETS,
      ok:
        alone.p95Ms <= TARGETS.keystrokeP95Ms &&
        withRemoteEditors.p95Ms <= TARGETS.keystrokeP95Ms &&
        totalGzipBytes <= TARGETS.javascriptGzipBytes,
    }
  } finally {
    remotes.forEach((remote) => remote.destroy())
    await browser?.close()
    await server.stop()
  }
}

const BARE_PAGE =
  '<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Bare</title></head>' +
  '<body><div id="editable" contenteditable="true" style="font: 16px/1.5 sans-serif; ' +
  'max-width: 44rem; margin: 2rem auto"><p>Sekretariatet orienterte.</p></div></body></html>'

/**
 * The same typing in a bare contenteditable paragraph, served by a route of the page (no
 * server): the floor of what the probe measures.
 */
async function typeInBareContentEditable(browser: Browser, text: string, delayMs: number) {
  const context = await newBenchContext(browser, 0)
  try {
    const page = await context.newPage()
    await page.route('http://bare.invalid/', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: BARE_PAGE }),
    )
    await page.goto('http://bare.invalid/')
    return await measureTyping(page.locator('#editable p'), text, delayMs)
  } finally {
    await context.close()
  }
}

/**
 * Checks that the browser's typing reached the other clients through the server and the remote
 * editors' typing reached the browser, so the runs measured real collaboration.
 */
async function assertConverged(
  observer: RemoteEditor,
  page: Page,
  typingItem: number,
  text: string,
  remoteTyping: boolean,
) {
  const deadline = Date.now() + 60_000
  const sawLocal = () => observer.agendaItems()[typingItem]?.toString().includes(text.slice(-20))
  while (!sawLocal()) {
    if (Date.now() > deadline) throw new Error('the browser’s typing did not reach the server')
    await page.waitForTimeout(100)
  }
  if (!remoteTyping) return
  const remoteItem = typingItem + 1
  const expected = observer.paragraphText(remoteItem).toString().slice(-30)
  await page
    .getByTestId('editor')
    .locator('section[data-type="agenda-item"]')
    .nth(remoteItem)
    .filter({ hasText: expected })
    .waitFor({ timeout: 60_000 })
}
