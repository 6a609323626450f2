import { expect, test } from '../support/fixtures'
import { agendaItems, editor, itemTitle, waitForMeeting } from '../support/editorHelpers'

test('two secretaries co-write one agenda item and a viewer follows read-only', async ({
  createMeeting,
  openAs,
}) => {
  const meeting = await createMeeting({ agenda: ['Næringspolitisk posisjonsnotat'] })
  const kari = await openAs(meeting.links.secretary, 'Kari Nordmann')
  const ola = await openAs(meeting.links.secretary, 'Ola Hansen')
  const viewer = await openAs(meeting.links.viewer, 'Tilskuer')
  await Promise.all([waitForMeeting(kari), waitForMeeting(ola), waitForMeeting(viewer)])

  // Kari writes in the body of item 1, Ola adds to the same item.
  const karisBody = agendaItems(kari).first().locator('p').first()
  await karisBody.click()
  await kari.keyboard.type('Faggruppen var positiv til utkastet.')
  await expect(agendaItems(ola).first()).toContainText('Faggruppen var positiv til utkastet.')

  await agendaItems(ola).first().locator('p').first().click()
  await ola.keyboard.press('End')
  await ola.keyboard.press('Enter')
  await ola.keyboard.type('Sirkulærøkonomi er viktig.')
  await expect(agendaItems(kari).first()).toContainText('Sirkulærøkonomi er viktig.')

  // Each sees the other's named caret and the list of who is present.
  await expect(
    editor(kari).locator('.collaboration-carets__label[data-name="Ola Hansen"]'),
  ).toBeVisible()
  await expect(
    editor(ola).locator('.collaboration-carets__label[data-name="Kari Nordmann"]'),
  ).toBeVisible()
  await expect(kari.getByTestId('presence-list')).toContainText('Ola Hansen')
  await expect(ola.getByTestId('presence-list')).toContainText('Kari Nordmann')
  await expect(kari.getByTestId('save-status')).toContainText('Alt er lagret')

  // The viewer sees the live text but has no editable surface and no toolbar.
  await expect(agendaItems(viewer).first()).toContainText('Sirkulærøkonomi er viktig.')
  await expect(editor(viewer)).toHaveAttribute('contenteditable', 'false')
  await expect(viewer.getByTestId('toolbar')).toHaveCount(0)
  await itemTitle(viewer, 0).click()
  await viewer.keyboard.type('tilskueren skriver')
  await expect(agendaItems(viewer).first()).not.toContainText('tilskueren skriver')
  await expect(agendaItems(kari).first()).not.toContainText('tilskueren skriver')

  await kari.screenshot({ path: 'test-results/coediting.png' })
})

test('the meeting header is co-edited', async ({ createMeeting, openAs }) => {
  const meeting = await createMeeting({ location: 'Teams' })
  const a = await openAs(meeting.links.secretary, 'Kari Nordmann')
  const b = await openAs(meeting.links.moderator, 'Eli Bryhni')
  await Promise.all([waitForMeeting(a), waitForMeeting(b)])
  await a.getByTestId('meta-location').fill('Oslo rådhus, møterom 3')
  await expect(b.getByTestId('meta-location')).toHaveValue('Oslo rådhus, møterom 3')
  await b.getByTestId('meta-title').fill('Møte i faggruppen')
  await expect(a.getByTestId('meta-title')).toHaveValue('Møte i faggruppen')
})
