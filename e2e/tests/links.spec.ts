import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '../support/fixtures'
import { agendaItems, editor, waitForMeeting } from '../support/editorHelpers'

test('new links lock out the old ones at once, also for someone connected', async ({
  browser,
  createMeeting,
  openAs,
  referat,
}) => {
  const meeting = await createMeeting({ title: 'Lenkemøte', agenda: ['Budsjett'] })
  const old = await openAs(meeting.links.secretary, 'Kari Nordmann')
  await waitForMeeting(old)

  const organizerContext = await browser.newContext()
  const organizer = await organizerContext.newPage()
  await organizer.goto(referat.organizerUrl)
  const item = organizer.locator(`li[data-meeting-id="${meeting.id}"]`)
  await item.getByRole('button', { name: 'Vis lenker' }).click()
  const before = await item.getByTestId('link-secretary').textContent()
  expect(before).toContain(`/m/${meeting.id}?token=`)
  await item.getByTestId('renew-links-button').click()
  await expect(item.getByTestId('renew-links')).toContainText('slutter å virke med en gang')
  await item.getByTestId('renew-links-confirm').click()
  await expect(item.getByTestId('renew-links')).toContainText('Nye lenker er laget')
  const newLink = await item.getByTestId('link-secretary').textContent()
  expect(newLink).not.toBe(before)

  // The browser on the old link is shown why it was shut out.
  await expect(old.getByTestId('meeting-error')).toContainText('erstattet av nye lenker')
  // The new link opens the meeting.
  const fresh = await openAs(newLink as string, 'Ola Hansen')
  await waitForMeeting(fresh)
  await organizerContext.close()
})

test('a personal link shows its holder under the name given, which they cannot change', async ({
  browser,
  createMeeting,
  openAs,
  referat,
}) => {
  const meeting = await createMeeting({ title: 'Personlig', agenda: ['Budsjett'] })
  const organizerContext = await browser.newContext()
  const organizer = await organizerContext.newPage()
  await organizer.goto(referat.organizerUrl)
  const item = organizer.locator(`li[data-meeting-id="${meeting.id}"]`)
  await item.getByRole('button', { name: 'Vis lenker' }).click()
  const form = item.getByTestId('personal-link-form')
  await form.getByLabel('Navn').fill('Kari Nordmann')
  await form.getByLabel('Rolle').selectOption('secretary')
  await form.getByRole('button', { name: 'Lag personlig lenke' }).click()
  const link = (await form.getByTestId('personal-link').textContent()) as string
  expect(link).toContain(`/m/${meeting.id}?token=`)
  // Long links never widen the page.
  expect(
    await organizer.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
  ).toBe(true)

  // The browser has another name stored; the link's name wins, and no name dialog comes up.
  const kari = await openAs(link, 'Noen andre')
  await waitForMeeting(kari)
  await expect(kari.getByTestId('name-dialog')).toHaveCount(0)
  const self = kari.getByTestId('presence-list').locator('[data-self]')
  await expect(self).toContainText('Kari Nordmann')
  await expect(self.getByTestId('btn-change-name')).toHaveCount(0)
  const viewer = await openAs(meeting.links.viewer, 'Tilskuer')
  await waitForMeeting(viewer)
  await expect(viewer.getByTestId('presence-list')).toContainText('Kari Nordmann')
  await expect(viewer.getByTestId('presence-list')).not.toContainText('Noen andre')
  await organizerContext.close()
})

test('after a restore from backup, a browser drops its later copy instead of merging it back', async ({
  createMeeting,
  openAs,
  referat,
}) => {
  const meeting = await createMeeting({ title: 'Gjenoppretting', agenda: ['Budsjett'] })
  const page = await openAs(meeting.links.secretary, 'Kari Nordmann')
  await waitForMeeting(page)
  await agendaItems(page).first().locator('p').first().click()
  await page.keyboard.type('Før kopien. ')
  await expect(page.getByTestId('save-status')).toContainText('Alt er lagret')
  const file = join(mkdtempSync(join(tmpdir(), 'referat-e2e-backup-')), 'backup.db')
  referat.backup(file)
  await page.keyboard.type('Etter kopien.')
  await expect(page.getByTestId('save-status')).toContainText('Alt er lagret')

  await referat.restore(file)
  // The page reconnects, is told its copy is of an earlier state, drops it and loads again.
  await expect(page.getByTestId('rejected-notice')).toContainText('gjenopprettet', {
    timeout: 30_000,
  })
  await waitForMeeting(page)
  await expect(agendaItems(page).first()).toContainText('Før kopien.')
  await expect(editor(page)).not.toContainText('Etter kopien.')
  // A fresh browser sees the restored state too: nothing was merged back.
  const fresh = await openAs(meeting.links.viewer, 'Tilskuer')
  await waitForMeeting(fresh)
  await expect(agendaItems(fresh).first()).toContainText('Før kopien.')
  await expect(editor(fresh)).not.toContainText('Etter kopien.')
})
