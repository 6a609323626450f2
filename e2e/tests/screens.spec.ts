import { readFileSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { importMeeting } from '../support/importMeeting'
import { RunningServer } from '../support/referatServer'
import { waitForMeeting } from '../support/editorHelpers'

// Screenshot tests: the main pages against images committed beside this file
// (`screens.spec.ts-snapshots/`), with a small tolerance, so that a layout break is caught.
// After an intended change of the look: `npx playwright test tests/screens.spec.ts
// --update-snapshots`, look at the new images, commit them.

const example = readFileSync(
  new URL('../../shared/test/fixtures/example-referat.md', import.meta.url),
  'utf8',
)

/** What changes from run to run: today's date, clock times, who edited when. */
const MASKED = [
  '[data-testid="new-meeting-form"] input[type="date"]',
  '.last-edited',
  '.item-timing',
  '.status-save',
]

async function open(browser: Browser, url: string, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport })
  await context.addInitScript(() => {
    window.localStorage.setItem('referat.name', 'Kari Nordmann')
    window.localStorage.setItem('referat.color', '"#1f77b4"')
  })
  const page = await context.newPage()
  await page.goto(url)
  return page
}

async function expectScreen(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready)
  await expect(page).toHaveScreenshot(name, {
    animations: 'disabled',
    caret: 'hide',
    mask: MASKED.map((selector) => page.locator(selector)),
    maxDiffPixelRatio: 0.02,
  })
}

test('the main pages look as they did', async ({ browser }) => {
  test.setTimeout(120_000)
  // A server of its own, so that the list holds only this meeting.
  const referat = await RunningServer.start()
  try {
    const { links } = await importMeeting(referat, example)

    const list = await open(browser, referat.organizerUrl)
    await expect(list.getByTestId('meeting-group')).toHaveCount(1)
    await expectScreen(list, 'meeting-list.png')

    const secretary = await open(browser, links.secretary)
    await waitForMeeting(secretary)
    await expect(secretary.getByTestId('attendee-row').first()).toBeVisible()
    await expectScreen(secretary, 'meeting-secretary.png')

    const tablet = await open(browser, links.viewer, { width: 800, height: 1100 })
    await waitForMeeting(tablet)
    await expectScreen(tablet, 'meeting-viewer-tablet.png')

    await list.getByRole('link', { name: 'Vedtaksregister' }).click()
    await expect(
      list.getByTestId('decision-row').or(list.getByTestId('decisions-empty')).first(),
    ).toBeVisible()
    await expectScreen(list, 'decision-register.png')
  } finally {
    await referat.dispose()
  }
})
