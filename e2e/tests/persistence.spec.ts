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

test('writing goes on offline and merges when the network returns', async ({
  createMeeting,
  openAs,
}) => {
  const meeting = await createMeeting({ agenda: ['Eventuelt'] })
  const kari = await openAs(meeting.links.secretary, 'Kari Nordmann')
  const ola = await openAs(meeting.links.secretary, 'Ola Hansen')
  await Promise.all([waitForMeeting(kari), waitForMeeting(ola)])

  await kari.context().setOffline(true)
  await expect(kari.getByTestId('connection-status')).not.toContainText(/^Tilkoblet$/)
  await agendaItems(kari).first().locator('p').first().click()
  await kari.keyboard.type('Skrevet uten nett.')
  await agendaItems(ola).first().locator('p').first().click()
  await ola.keyboard.type('Skrevet på nett. ')
  await expect(agendaItems(ola).first()).not.toContainText('Skrevet uten nett.')

  await kari.context().setOffline(false)
  for (const page of [kari, ola]) {
    await expect(agendaItems(page).first()).toContainText('Skrevet uten nett.', { timeout: 20_000 })
    await expect(agendaItems(page).first()).toContainText('Skrevet på nett.')
  }
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
