import { expect, test } from '../support/fixtures'
import { agendaItems, editor, waitForMeeting } from '../support/editorHelpers'

test('a decision the moderator makes is found in the decision register', async ({
  createMeeting,
  openAs,
  referat,
}) => {
  const meeting = await createMeeting({
    title: 'Styremøte i kulturnettverket',
    group: 'Kulturnettverket',
    date: '2026-04-22',
    agenda: ['Godkjenning av innkalling', 'Budsjett for kulturhuset'],
  })
  const eli = await openAs(meeting.links.moderator, 'Eli Arnkværn Bryhni')
  await waitForMeeting(eli)

  // The moderator proposes a decision in item 2 and marks it decided.
  await agendaItems(eli).nth(1).locator('p').first().click()
  await eli.keyboard.type('Sekretariatet la fram forslaget.')
  await eli.keyboard.press('Enter')
  await eli.keyboard.type('/forslag')
  await expect(eli.getByTestId('slash-menu')).toBeVisible()
  await eli.keyboard.press('Enter')
  await eli.keyboard.type('Budsjettet for kulturhuset vedtas med en ramme på 2,4 millioner.')
  const decision = editor(eli).getByTestId('decision').first()
  await decision.getByTestId('btn-mark-decided').click()
  await eli.getByTestId('btn-confirm-decided').click()
  await expect(decision).toHaveAttribute('data-state', 'decided')

  // The organizer goes from the meeting list to the register and searches.
  const page = await openAs(referat.organizerUrl, 'Organisator')
  await page.getByRole('link', { name: 'Vedtaksregister' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vedtaksregister')
  const search = page.getByLabel('Søk i vedtak')
  await search.fill('KULTURHUSET ramme')
  await expect(page).toHaveURL(/[?&]q=KULTURHUSET\+ramme/)
  await expect(page.getByRole('status')).toHaveText('1 vedtak')
  const row = page.getByTestId('decision-row')
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(
    'Budsjettet for kulturhuset vedtas med en ramme på 2,4 millioner.',
  )
  await expect(row).toContainText('2. Budsjett for kulturhuset')
  await expect(row).toContainText('Eli Arnkværn Bryhni')
  await expect(row.getByRole('link', { name: 'Styremøte i kulturnettverket' })).toHaveAttribute(
    'href',
    new RegExp(`/m/${meeting.id}\\?token=`),
  )

  // The group filter keeps it; a reload keeps the search and the group.
  await page.getByLabel('Gruppe').selectOption('Kulturnettverket')
  await expect(page).toHaveURL(/[?&]group=Kulturnettverket/)
  await page.reload()
  await expect(page.getByLabel('Søk i vedtak')).toHaveValue('KULTURHUSET ramme')
  await expect(page.getByTestId('decision-row')).toHaveCount(1)
  await page.screenshot({ path: 'test-results/decisions.png', fullPage: true })

  await page.getByLabel('Søk i vedtak').fill('ingenting-slikt-ble-vedtatt')
  await expect(page.getByTestId('decisions-empty')).toContainText('Ingen vedtak passer søket')
  await expect(page.getByRole('status')).toHaveText('Ingen vedtak')
  await expect(page.getByTestId('decision-row')).toHaveCount(0)
})
