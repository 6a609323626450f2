import type { Page } from '@playwright/test'
import { agendaItems, clickEnd, waitForMeeting } from '../support/editorHelpers'
import { expect, test } from '../support/fixtures'

const HOSTILE_TITLE = '<img src=x onerror=window.__pwned=1>'

declare global {
  interface Window {
    __csp?: string[]
    __pwned?: unknown
  }
}

/** Records every CSP violation of `page`, from the first script on, and console reports of them. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.context().addInitScript(() => {
    window.__csp = []
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__csp?.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      )
    })
  })
  return violations
}

async function expectNoViolations(page: Page, console: string[]) {
  expect(await page.evaluate(() => window.__csp)).toEqual([])
  expect(console).toEqual([])
}

test('the meeting page works under the CSP and shows a hostile title as text', async ({
  createMeeting,
  openAs,
}) => {
  const meeting = await createMeeting({ title: HOSTILE_TITLE, agenda: ['Orientering'] })
  const page = await openAs('about:blank', 'Sekretær Såtvedt')
  const console = await watchCsp(page)
  const response = await page.goto(meeting.links.secretary)
  const csp = response?.headers()['content-security-policy'] ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain('unsafe-inline')

  await waitForMeeting(page)
  await expect(page.getByTestId('meta-title')).toHaveValue(HOSTILE_TITLE)
  await expect(page.locator('img[src="x"]')).toHaveCount(0)

  const paragraph = agendaItems(page).first().locator('p').first()
  await clickEnd(paragraph)
  await page.keyboard.type('Orientering fra sekretariatet.')
  await expect(page.getByTestId('save-status')).toContainText(/Alt er lagret/)

  // The link dialog refuses a javascript: address.
  await page.keyboard.press('Shift+Home')
  await page.getByTestId('btn-link').click()
  const dialog = page.getByTestId('link-dialog')
  await dialog.getByRole('textbox').fill('javascript:window.__pwned=2')
  await dialog.getByRole('textbox').press('Enter')
  await expect(dialog.getByRole('alert')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('editor').locator('a')).toHaveCount(0)

  const title = page.getByTestId('meta-title')
  await title.fill('<svg onload=window.__pwned=3>')
  await expect(page.getByTestId('save-status')).toContainText(/Alt er lagret/)

  await page.getByTestId('export-menu').locator('summary').click()
  await expect(page.getByTestId('export-html')).toBeVisible()

  expect(await page.evaluate(() => window.__pwned)).toBeUndefined()
  await expectNoViolations(page, console)
})

test('the meeting list shows a hostile title as text, under the CSP', async ({
  createMeeting,
  page,
  referat,
}) => {
  await createMeeting({ title: HOSTILE_TITLE })
  const console = await watchCsp(page)
  await page.goto(referat.organizerUrl)
  await expect(page.getByText(HOSTILE_TITLE).first()).toBeVisible()
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined()
  await expectNoViolations(page, console)
})
