import { expect, test } from '../support/fixtures'
import {
  agendaItems,
  clickEnd,
  editor,
  itemNumbers,
  itemTitle,
  waitForMeeting,
} from '../support/editorHelpers'

test('inserting and reordering agenda items renumbers them', async ({ createMeeting, openAs }) => {
  const meeting = await createMeeting({ agenda: ['Godkjenning av innkalling', 'Eventuelt'] })
  const page = await openAs(meeting.links.secretary, 'Kari Nordmann')
  const other = await openAs(meeting.links.secretary, 'Ola Hansen')
  await Promise.all([waitForMeeting(page), waitForMeeting(other)])
  await expect.poll(() => itemNumbers(page)).toEqual(['1.', '2.'])

  // Toolbar button: a new item after item 1, cursor in its title.
  await clickEnd(itemTitle(page, 0))
  await page.getByTestId('btn-insert-item').click()
  await page.keyboard.type('Næringspolitisk posisjonsnotat')
  await expect(itemTitle(page, 1)).toHaveText('Næringspolitisk posisjonsnotat')

  // Keyboard shortcut.
  await clickEnd(itemTitle(page, 1))
  await page.keyboard.press('Control+Shift+Enter')
  await page.keyboard.type('Batterinettverket')

  // Slash menu: section heading, then an item after it.
  await page.keyboard.press('Enter')
  await page.keyboard.type('/mellom')
  await expect(page.getByTestId('slash-menu')).toBeVisible()
  await page.keyboard.press('Enter')
  await page.keyboard.type('Orienteringer fra sekretariatet')
  await page.keyboard.press('Enter')
  await page.keyboard.type('/sak')
  await expect(page.getByTestId('slash-menu')).toBeVisible()
  await page.keyboard.press('Enter')
  await page.keyboard.type('BEST-konferansen')

  const titles = [
    'Godkjenning av innkalling',
    'Næringspolitisk posisjonsnotat',
    'Batterinettverket',
    'BEST-konferansen',
    'Eventuelt',
  ]
  await expect(agendaItems(page).locator('[data-type="agenda-title"]')).toHaveText(titles)
  await expect(editor(page).locator('[data-type="section-heading"]')).toHaveText(
    'Orienteringer fra sekretariatet',
  )
  // The section heading does not break the numbering.
  await expect.poll(() => itemNumbers(page)).toEqual(['1.', '2.', '3.', '4.', '5.'])
  await expect.poll(() => itemNumbers(other)).toEqual(['1.', '2.', '3.', '4.', '5.'])

  // Move "Batterinettverket" up with the keyboard, then "Godkjenning" down with the button.
  await clickEnd(itemTitle(page, 2))
  await page.keyboard.press('Alt+ArrowUp')
  await expect(itemTitle(page, 1)).toHaveText('Batterinettverket')
  await clickEnd(itemTitle(page, 0))
  await page.getByTestId('btn-move-down').click()
  const reordered = [
    'Batterinettverket',
    'Godkjenning av innkalling',
    'Næringspolitisk posisjonsnotat',
    'BEST-konferansen',
    'Eventuelt',
  ]
  await expect(agendaItems(page).locator('[data-type="agenda-title"]')).toHaveText(reordered)
  await expect(agendaItems(other).locator('[data-type="agenda-title"]')).toHaveText(reordered)
  await expect.poll(() => itemNumbers(other)).toEqual(['1.', '2.', '3.', '4.', '5.'])

  // Sub-items are lettered a, b within their item.
  await clickEnd(itemTitle(page, 2))
  await page.getByTestId('btn-insert-subitem').click()
  await page.keyboard.type('Nasjonalt nettverk')
  await page.keyboard.press('Control+Alt+Enter')
  await page.keyboard.type('Best-practice nettverk')
  const subItems = agendaItems(page).nth(2).locator('section[data-type="sub-item"]')
  await expect(subItems).toHaveCount(2)
  await expect
    .poll(() => subItems.evaluateAll((els) => els.map((el) => el.getAttribute('data-number'))))
    .toEqual(['a.', 'b.'])

  // The sidebar's agenda lists the items in order; a click puts the caret in that item's title.
  await expect(page.getByTestId('outline-item')).toHaveText(
    reordered.map((title, i) => `${i + 1}.${title}`),
  )
  await page.getByTestId('outline-item').nth(4).click()
  await page.keyboard.type(' og avslutning')
  await expect(itemTitle(other, 4)).toHaveText('Eventuelt og avslutning')
  await page.screenshot({ path: 'test-results/agenda.png', fullPage: true })
})
