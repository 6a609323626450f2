import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { agendaItems, editor, waitForMeeting } from '../support/editorHelpers'

/**
 * Presses `key` (Tab or Shift+Tab) until the focused element matches `selector`, as someone
 * without a mouse moves through the page; fails after `limit` presses.
 */
async function tabUntil(page: Page, selector: string, key = 'Tab', limit = 60) {
  for (let presses = 0; presses < limit; presses++) {
    const there = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)
    if (there) return
    await page.keyboard.press(key)
  }
  throw new Error(`${key} never reached ${selector}`)
}

test('a secretary writes a meeting with the keyboard alone: items, moving, a decision, a task, export', async ({
  createMeeting,
  openAs,
}) => {
  test.setTimeout(120_000)
  const meeting = await createMeeting({ agenda: ['Godkjenning av innkalling', 'Eventuelt'] })
  const page = await openAs(meeting.links.secretary, 'Kari Nordmann')
  await waitForMeeting(page)
  const titles = agendaItems(page).locator('[data-type="agenda-title"]')

  // From the top of the page: the skip link, then on into the minutes.
  await page.keyboard.press('Tab')
  await expect(page.locator(':focus')).toHaveAttribute('href', '#content')
  await page.keyboard.press('Enter')
  await tabUntil(page, '[data-testid="editor"]')

  // The list of shortcuts, from inside the minutes.
  await page.keyboard.press('Control+/')
  await expect(page.getByTestId('shortcuts-dialog')).toContainText('Ctrl+Shift+Enter')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('shortcuts-dialog')).toHaveCount(0)
  await expect(page.getByTestId('editor')).toBeFocused()

  // A new item after the first, written and then moved to the top.
  await page.keyboard.press('Control+Home')
  await page.keyboard.press('End')
  await page.keyboard.press('Control+Shift+Enter')
  await page.keyboard.type('Budsjett 2027')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Sekretariatet la fram forslaget.')
  await expect(titles).toHaveText(['Godkjenning av innkalling', 'Budsjett 2027', 'Eventuelt'])
  await page.keyboard.press('Alt+ArrowUp')
  await expect(titles).toHaveText(['Budsjett 2027', 'Godkjenning av innkalling', 'Eventuelt'])

  // A proposed decision and a task with someone responsible, from the slash menu.
  await page.keyboard.press('Enter')
  await page.keyboard.type('/forslag')
  await expect(page.getByTestId('slash-menu')).toBeVisible()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Budsjettet vedtas som foreslått.')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page.keyboard.type('/oppfølging')
  await expect(page.getByTestId('slash-menu')).toBeVisible()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Sende budsjettet til kommunene')
  await tabUntil(page, '[data-testid="action-item-assignee"]')
  await page.keyboard.type('Ola Hansen')
  await page.keyboard.press('Tab')
  await page.keyboard.type('uke 14')
  await page.keyboard.press('Tab')

  const first = agendaItems(page).first()
  await expect(first.getByTestId('decision')).toHaveAttribute('data-state', 'proposed')
  await expect(first.getByTestId('decision')).toContainText('Budsjettet vedtas som foreslått.')
  const entry = page.getByTestId('action-item-entry').first()
  await expect(entry).toContainText('Sende budsjettet til kommunene')
  await expect(entry).toContainText('Ola Hansen')
  await expect(entry).toContainText('uke 14')
  await expect(page.getByTestId('save-status')).toContainText('Alt er lagret')

  // Export: back up to the export menu, open it, download the Word file.
  await tabUntil(page, '[data-testid="export-menu"] summary', 'Shift+Tab', 120)
  await page.keyboard.press('Enter')
  await tabUntil(page, '[data-testid="export-docx"]')
  const download = page.waitForEvent('download')
  await page.keyboard.press('Enter')
  expect((await download).suggestedFilename()).toMatch(/\.docx$/)
  await expect(editor(page)).toContainText('Sende budsjettet til kommunene')
})

test('the moderator runs the meeting with the keyboard alone: start, current item, decide', async ({
  createMeeting,
  openAs,
}) => {
  test.setTimeout(120_000)
  const meeting = await createMeeting({ agenda: ['Godkjenning av innkalling', 'Budsjett 2027'] })
  const page = await openAs(meeting.links.moderator, 'Eli Bryhni')
  await waitForMeeting(page)

  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await tabUntil(page, '[data-testid="btn-start-meeting"]')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('live-bar')).toBeVisible()

  // The last item becomes the current one: Ctrl+Shift+L with the caret in it.
  await tabUntil(page, '[data-testid="editor"]')
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Control+Shift+L')
  await expect(agendaItems(page).nth(1)).toHaveClass(/is-current/)
  await expect(page.getByTestId('live-bar')).toContainText('Budsjett 2027')

  // A proposal, decided through the button and dialog, without the mouse.
  await page.keyboard.press('Enter')
  await page.keyboard.type('/forslag')
  await expect(page.getByTestId('slash-menu')).toBeVisible()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Budsjettet vedtas.')
  await tabUntil(page, '[data-testid="btn-mark-decided"]')
  await page.keyboard.press('Enter')
  await tabUntil(page, '[data-testid="btn-confirm-decided"]')
  await page.keyboard.press('Enter')
  await expect(editor(page).getByTestId('decision')).toHaveAttribute('data-state', 'decided')
})
