import type { Locator, Page } from '@playwright/test'
import { agendaItems, clickEnd, editor, waitForMeeting } from '../support/editorHelpers'
import { expect, test } from '../support/fixtures'

const status = (page: Page): Locator => page.getByTestId('connection-status')

/** The n-th (0-based) paragraph of the first agenda item. */
const paragraph = (page: Page, n = 0): Locator => agendaItems(page).first().locator('p').nth(n)

async function goOffline(page: Page): Promise<void> {
  await page.context().setOffline(true)
  await expect(status(page)).toHaveAttribute('data-state', 'offline')
  await expect(status(page)).toContainText('Frakoblet')
}

/** Waits until the service worker has precached the app shell and controls `page`. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true)
}

/**
 * Waits until y-indexeddb has written every change made so far and returns how many updates it
 * holds: IndexedDB starts a read of a store only after the read-write transactions on it that
 * were created before, so this read is a barrier, not a guess.
 */
async function localUpdates(page: Page, meetingId: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open(name)
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const count = db.transaction('updates', 'readonly').objectStore('updates').count()
          count.onsuccess = () => {
            db.close()
            resolve(count.result)
          }
          count.onerror = () => reject(count.error)
        }
      }),
    `referat-${meetingId}`,
  )
}

test('writing goes on offline and merges when the network returns', async ({
  createMeeting,
  openAs,
}) => {
  const meeting = await createMeeting({ agenda: ['Eventuelt'] })
  const kari = await openAs(meeting.links.secretary, 'Kari Nordmann')
  const ola = await openAs(meeting.links.secretary, 'Ola Hansen')
  await Promise.all([waitForMeeting(kari), waitForMeeting(ola)])

  await goOffline(kari)
  await paragraph(kari).click()
  await kari.keyboard.type('Skrevet uten nett.')
  await paragraph(ola).click()
  await ola.keyboard.type('Skrevet på nett. ')
  await expect(agendaItems(ola).first()).not.toContainText('Skrevet uten nett.')

  await kari.context().setOffline(false)
  for (const page of [kari, ola]) {
    await expect(agendaItems(page).first()).toContainText('Skrevet uten nett.', { timeout: 20_000 })
    await expect(agendaItems(page).first()).toContainText('Skrevet på nett.')
  }
})

test('two secretaries edit the same item offline; both edits reach everyone', async ({
  createMeeting,
  openAs,
}) => {
  const meeting = await createMeeting({ agenda: ['Regional næringsplan'] })
  const kari = await openAs(meeting.links.secretary, 'Kari Nordmann')
  const ola = await openAs(meeting.links.secretary, 'Ola Hansen')
  const viewer = await openAs(meeting.links.viewer, 'Tilskuer')
  await Promise.all([kari, ola, viewer].map(waitForMeeting))

  await paragraph(kari).click()
  await kari.keyboard.type('Saken ble drøftet.')
  for (const page of [ola, viewer]) await expect(paragraph(page)).toHaveText('Saken ble drøftet.')

  await goOffline(kari)
  await goOffline(ola)
  // Kari writes before and after the text, Ola after it (the same spot) and a new paragraph.
  await paragraph(kari).click()
  await kari.keyboard.press('Home')
  await kari.keyboard.type('Kari: ')
  await kari.keyboard.press('End')
  await kari.keyboard.type(' Enighet om retningen.')
  await clickEnd(paragraph(ola))
  await ola.keyboard.type(' Vedtak utsatt.')
  await ola.keyboard.press('Enter')
  await ola.keyboard.type('Ola følger opp.')

  await expect(paragraph(kari)).toHaveText('Kari: Saken ble drøftet. Enighet om retningen.')
  await expect(agendaItems(kari).first()).not.toContainText('Vedtak utsatt.')
  await expect(agendaItems(ola).first()).not.toContainText('Kari:')
  await expect(editor(viewer)).not.toContainText('Enighet om retningen.')
  await expect(editor(viewer)).not.toContainText('Vedtak utsatt.')
  await expect(status(viewer)).toHaveAttribute('data-state', 'connected')

  await kari.context().setOffline(false)
  await ola.context().setOffline(false)
  // Both insertions at the end of the text survive whole; which comes first is Yjs's choice.
  const merged =
    /^Kari: Saken ble drøftet\.( Enighet om retningen\. Vedtak utsatt\.| Vedtak utsatt\. Enighet om retningen\.)$/
  for (const page of [kari, ola, viewer]) {
    await expect(paragraph(page)).toHaveText(merged, { timeout: 20_000 })
    await expect(paragraph(page, 1)).toHaveText('Ola følger opp.')
  }
  // ... and it is the same choice for everyone.
  const first = await paragraph(kari).textContent()
  for (const page of [ola, viewer]) await expect(paragraph(page)).toHaveText(first ?? '')
  for (const page of [kari, ola]) {
    await expect(status(page)).toHaveAttribute('data-state', 'connected')
    await expect(page.getByTestId('save-status')).toContainText('Alt er lagret')
  }
})

test('a page reloaded offline keeps its unsent edits and sends them when back', async ({
  createMeeting,
  openAs,
  referat,
}) => {
  const meeting = await createMeeting({ agenda: ['Orientering fra sekretariatet'] })
  const kari = await openAs(meeting.links.secretary, 'Kari Nordmann')
  const viewer = await openAs(meeting.links.viewer, 'Tilskuer')
  await Promise.all([waitForMeeting(kari), waitForMeeting(viewer)])
  await waitForServiceWorker(kari)

  await goOffline(kari)
  await paragraph(kari).click()
  await kari.keyboard.type('Skrevet før omlasting.')
  await expect(paragraph(kari)).toHaveText('Skrevet før omlasting.')
  expect(await localUpdates(kari, meeting.id)).toBeGreaterThan(0)
  await expect(editor(viewer)).not.toContainText('Skrevet før omlasting.')

  // Playwright's offline mode does not reach a service worker's own requests (microsoft/
  // playwright#2311), so the server goes away too: the page can only come from the cache.
  await referat.stop()
  const reloaded = await kari.reload()
  expect(reloaded?.fromServiceWorker()).toBe(true)
  await expect(paragraph(kari)).toHaveText('Skrevet før omlasting.')
  await expect(status(kari)).toHaveAttribute('data-state', 'offline')
  await clickEnd(paragraph(kari))
  await kari.keyboard.type(' Og etter.')
  await expect(paragraph(kari)).toHaveText('Skrevet før omlasting. Og etter.')

  await referat.restart()
  await kari.context().setOffline(false)
  await expect(status(kari)).toHaveAttribute('data-state', 'connected', { timeout: 20_000 })
  await expect(kari.getByTestId('save-status')).toContainText('Alt er lagret')
  await expect(paragraph(viewer)).toHaveText('Skrevet før omlasting. Og etter.', {
    timeout: 20_000,
  })
  // A browser that never saw the meeting gets the text from the restarted server.
  const fresh = await openAs(meeting.links.viewer, 'Ny tilskuer')
  await waitForMeeting(fresh)
  await expect(paragraph(fresh)).toHaveText('Skrevet før omlasting. Og etter.')
})
