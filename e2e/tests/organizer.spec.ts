import { expect, test } from '../support/fixtures'
import { importMeeting } from '../support/importMeeting'
import { RunningServer } from '../support/referatServer'

test('the organizer creates a meeting and gets a copyable link per role', async ({ browser }) => {
  // A server of its own, so that the list starts empty.
  const referat = await RunningServer.start()
  const context = await browser.newContext()
  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: referat.url })
    const page = await context.newPage()
    await page.goto(referat.organizerUrl)

    await expect(page.getByTestId('meeting-list')).toContainText('Ingen møter ennå')

    const form = page.getByTestId('new-meeting-form')
    await form.getByLabel('Tittel').fill('Faggruppe for næringssamarbeid')
    await form.getByLabel('Gruppe eller organ').fill('Osloregionen')
    await form.getByLabel('Dato').fill('2026-03-16')
    await form.getByLabel('Starter').fill('09:00')
    await form.getByLabel('Slutter').fill('11:00')
    await form.getByLabel('Sted').fill('Oslo rådhus')
    await page.getByTestId('btn-create-meeting').click()

    const links = page.getByTestId('meeting-links')
    await expect(links).toBeVisible()
    for (const role of ['moderator', 'secretary', 'viewer']) {
      await expect(page.getByTestId(`link-${role}`)).toHaveAttribute(
        'href',
        new RegExp(`^${referat.url}/m/[a-z0-9]+\\?token=`),
      )
    }
    await page.getByTestId('copy-link-secretary').click()
    await expect(page.getByTestId('copy-link-secretary')).toContainText('Kopiert')
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(await page.getByTestId('link-secretary').getAttribute('href'))

    await expect(page.getByTestId('meeting-list')).toContainText('Faggruppe for næringssamarbeid')
    await page.screenshot({ path: 'test-results/organizer.png', fullPage: true })

    // The secretary link opens the meeting with the header the organizer typed.
    await page.goto(copied)
    await expect(page.getByTestId('meta-title')).toHaveValue('Faggruppe for næringssamarbeid')
    await expect(page.getByTestId('meta-location')).toHaveValue('Oslo rådhus')
  } finally {
    await context.close()
    await referat.dispose()
  }
})

test('the meeting list asks for the organizer link when it has none', async ({ page, referat }) => {
  await page.goto(`${referat.url}/`)
  await expect(page.getByText('Du trenger organisatorlenken')).toBeVisible()
})

test('the meeting list groups meetings, searches their whole text and filters them', async ({
  browser,
}) => {
  // A server of its own, so that the list holds only these meetings.
  const referat = await RunningServer.start()
  const context = await browser.newContext()
  try {
    await importMeeting(
      referat,
      '# Styremøte\n\nGruppe: Kulturnettverket\nDato: 10.01.2026\n\n## 1. Budsjett\n\nRammen for kulturhuset ble drøftet.\n\n- [ ] **Oppfølging:** Bestille lokale (Ansvarlig: Ola Hansen, Frist: mars)\n',
    )
    await importMeeting(
      referat,
      '# Årsmøte\n\nGruppe: Kulturnettverket\nDato: 20.02.2026\n\n## 1. Valg\n\nStyret ble gjenvalgt.\n',
    )
    await importMeeting(
      referat,
      '# Samferdselsforum\n\nGruppe: Østlandsnettet\nDato: 01.03.2026\n\n## 1. Veier\n\nFylkesveien ble drøftet.\n',
    )
    const page = await context.newPage()
    await page.goto(referat.organizerUrl)

    const groups = page.getByTestId('meeting-group')
    await expect(groups.locator('h2')).toHaveText(['Kulturnettverket (2)', 'Østlandsnettet (1)'])
    await expect(groups.first().locator('.meeting-item-title')).toHaveText(['Årsmøte', 'Styremøte'])
    await expect(page.getByTestId('meeting-count')).toHaveText('3 møter')
    // The group's open action items at a glance.
    const open = groups.first().getByTestId('group-action-items')
    await open.locator('summary').click()
    await expect(open).toContainText('1 åpent oppfølgingspunkt')
    await expect(open).toContainText('Bestille lokale')
    await expect(open).toContainText('Ola Hansen · mars · Styremøte')
    await expect(groups.nth(1).getByTestId('group-action-items')).toHaveCount(0)

    // A word from inside a referat, not its title.
    await page.getByLabel('Søk i møter').fill('kulturhuset')
    await expect(page.getByTestId('meeting-count')).toHaveText('1 av 3 møter')
    await expect(page.getByTestId('meeting-list')).toContainText('Styremøte')
    await page.getByLabel('Søk i møter').fill('drøftet')
    await expect(page.getByTestId('meeting-count')).toHaveText('2 av 3 møter')
    await page.getByLabel('Gruppe', { exact: true }).selectOption('Østlandsnettet')
    await expect(page.getByTestId('meeting-count')).toHaveText('1 av 3 møter')
    await expect(page.getByTestId('meeting-list')).toContainText('Samferdselsforum')
    await page.getByLabel('Status').selectOption('final')
    await expect(page.getByTestId('meeting-list')).toContainText('Ingen møter passer søket')
    await page.screenshot({ path: 'test-results/meeting-list-filtered.png', fullPage: true })

    // A meeting's agenda saved as a template starts the next meeting.
    await page.getByLabel('Søk i møter').fill('')
    await page.getByLabel('Status').selectOption('')
    await page.getByLabel('Gruppe', { exact: true }).selectOption('')
    const styremote = page.locator('.meeting-item').filter({ hasText: 'Styremøte' })
    await styremote.getByTestId('btn-save-template').click()
    await expect(styremote.getByRole('status')).toHaveText(
      'Sakslisten er lagret som malen «Styremøte».',
    )
    const form = page.getByTestId('new-meeting-form')
    await form
      .getByLabel('Start fra en mal')
      .selectOption({ label: 'Styremøte (Kulturnettverket)' })
    await expect(form.getByLabel('Saksliste')).toHaveValue('Budsjett')
    await expect(form.getByLabel('Gruppe eller organ')).toHaveValue('Kulturnettverket')
    await form.getByLabel('Tittel').fill('Styremøte april')
    await form.getByRole('button', { name: 'Opprett møte' }).click()
    await expect(page.getByTestId('meeting-group').first()).toContainText('Styremøte april')
  } finally {
    await context.close()
    await referat.dispose()
  }
})
