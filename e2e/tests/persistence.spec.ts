import { readFileSync } from 'node:fs'
import { expect, test } from '../support/fixtures'
import { agendaItems, editor, waitForMeeting } from '../support/editorHelpers'

test('the referat survives a reload and a server restart', async ({
  createMeeting,
  openAs,
  referat,
}) => {
  const meeting = await createMeeting({ agenda: ['Godkjenning av innkalling'] })
  const page = await openAs(meeting.links.secretary, 'Kari Nordmann')
  await waitForMeeting(page)
  await agendaItems(page).first().locator('p').first().click()
  await page.keyboard.type('Innkallingen ble godkjent.')
  await expect(page.getByTestId('save-status')).toContainText('Alt er lagret')

  await page.reload()
  await waitForMeeting(page)
  await expect(agendaItems(page).first()).toContainText('Innkallingen ble godkjent.')

  await referat.restart()
  await expect(page.getByTestId('connection-status')).toContainText('Tilkoblet', {
    timeout: 20_000,
  })
  // A fresh browser (no local copy) gets the text from the restarted server.
  const fresh = await openAs(meeting.links.viewer, 'Tilskuer')
  await waitForMeeting(fresh)
  await expect(editor(fresh)).toContainText('Innkallingen ble godkjent.')
})

test('the export menu downloads the referat as Markdown, HTML and text', async ({
  createMeeting,
  openAs,
}) => {
  const meeting = await createMeeting({ agenda: ['Godkjenning av innkalling'] })
  const page = await openAs(meeting.links.viewer, 'Tilskuer')
  await waitForMeeting(page)
  await page.getByTestId('export-menu').locator('summary').click()
  for (const [format, expected] of [
    ['md', '### 1. Godkjenning av innkalling'],
    ['html', '<h3>1. Godkjenning av innkalling</h3>'],
    ['txt', '1. Godkjenning av innkalling'],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`export-${format}`).click(),
    ])
    expect(download.suggestedFilename()).toMatch(new RegExp(`^referat-2026-03-16-.*\\.${format}$`))
    const path = await download.path()
    expect(readFileSync(path, 'utf8')).toContain(expected)
  }
})
