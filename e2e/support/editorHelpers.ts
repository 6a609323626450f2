import { expect, type Locator, type Page } from '@playwright/test'

/** The editable (or read-only) ProseMirror surface of the meeting page. */
export function editor(page: Page): Locator {
  return page.getByTestId('editor')
}

/** The agenda items of the referat, in document order. */
export function agendaItems(page: Page): Locator {
  return editor(page).locator('section[data-type="agenda-item"]')
}

/** The title line of the n-th (0-based) agenda item. */
export function itemTitle(page: Page, n: number): Locator {
  return agendaItems(page).nth(n).locator('[data-type="agenda-title"]').first()
}

/** The numbers shown on the agenda items, in order. */
export async function itemNumbers(page: Page): Promise<(string | null)[]> {
  return agendaItems(page).evaluateAll((items) =>
    items.map((item) => item.getAttribute('data-number')),
  )
}

/** Waits until the meeting page is connected and its editor has content. */
export async function waitForMeeting(page: Page): Promise<void> {
  await expect(page.getByTestId('connection-status')).toContainText(/Tilkoblet|Connected/)
  await expect(agendaItems(page).first()).toBeVisible()
}

/** Clicks at the end of the text of `target` (a title or paragraph). */
export async function clickEnd(target: Locator): Promise<void> {
  await target.click()
  await target.page().keyboard.press('End')
}
