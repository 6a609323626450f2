import { expect, test } from '../support/fixtures'
import { agendaItems, editor, itemTitle, waitForMeeting } from '../support/editorHelpers'

const ATTENDEES = [
  'NAVN\tKOMMUNE / REGION',
  'Eli Arnkværn Bryhni (møteleder)\tHamarregionen utvikling',
  'Kari Nordmann\tDrammen kommune',
  'Ola Hansen\tLillestrøm kommune',
  'Hanne Løkka\tFrogn kommune',
  'Asbjørn Flo\tAsker kommune',
].join('\n')

test('a whole meeting: attendance, writing, a decision, an action item, the current item, final', async ({
  createMeeting,
  openAs,
}) => {
  // Four live browsers on two cores: typing is slow here, so give the whole meeting room.
  test.setTimeout(240_000)
  const meeting = await createMeeting({
    agenda: ['Godkjenning av innkalling', 'Næringspolitisk posisjonsnotat', 'Eventuelt'],
  })
  const eli = await openAs(meeting.links.moderator, 'Eli Arnkværn Bryhni')
  const kari = await openAs(meeting.links.secretary, 'Kari Nordmann')
  const ola = await openAs(meeting.links.secretary, 'Ola Hansen')
  const screen = await openAs(meeting.links.viewer, 'Skjerm i møterommet')
  const everyone = [eli, kari, ola, screen]
  await Promise.all(everyone.map(waitForMeeting))

  // Attendance: a secretary pastes the table from the invitation.
  await kari.getByTestId('btn-paste-attendees').click()
  await kari.getByTestId('paste-attendees-input').fill(ATTENDEES)
  await kari.getByTestId('btn-confirm-paste').click()
  for (const page of everyone) {
    await expect(page.getByTestId('attendee-row')).toHaveCount(5)
  }
  await expect(
    screen.getByTestId('attendee-row').filter({ hasText: 'Eli Arnkværn Bryhni' }),
  ).toContainText('møteleder')

  // The moderator starts the meeting; item 2 becomes the current item for everyone.
  await eli.getByTestId('btn-start-meeting').click()
  await agendaItems(eli).nth(1).hover()
  await agendaItems(eli).nth(1).getByTestId('btn-set-current').click()
  await expect(agendaItems(screen).nth(1)).toHaveClass(/is-current/)
  await expect(screen.getByTestId('live-bar')).toContainText('Næringspolitisk posisjonsnotat')

  // Two secretaries write item 2; one proposes a decision.
  await agendaItems(ola).nth(1).locator('p').first().click()
  await ola.keyboard.type('Faggruppen var generelt positiv til utkastet.')
  await expect(agendaItems(kari).nth(1)).toContainText('generelt positiv')
  await agendaItems(kari).nth(1).locator('p').first().click()
  await kari.keyboard.press('End')
  await kari.keyboard.press('Enter')
  await kari.keyboard.type('/forslag')
  await expect(kari.getByTestId('slash-menu')).toBeVisible()
  await kari.keyboard.press('Enter')
  await kari.keyboard.type('Faggruppen slutter seg til notatet.')
  const decisionAt = (page: typeof eli) => editor(page).getByTestId('decision').first()
  await expect(decisionAt(eli)).toHaveAttribute('data-state', 'proposed')
  await expect(decisionAt(eli)).toContainText('Faggruppen slutter seg til notatet.')
  await expect(decisionAt(kari).getByTestId('btn-mark-decided')).toHaveCount(0)

  // Only the moderator marks it decided; everyone sees who and when.
  await decisionAt(eli).getByTestId('btn-mark-decided').click()
  await eli.getByTestId('btn-confirm-decided').click()
  for (const page of everyone) {
    await expect(decisionAt(page)).toHaveAttribute('data-state', 'decided')
    await expect(decisionAt(page).getByTestId('decision-record')).toContainText(
      'Eli Arnkværn Bryhni',
    )
  }
  // A secretary cannot change the decided text.
  await decisionAt(kari).locator('p').first().click()
  await kari.keyboard.type('IKKE ')
  await expect(decisionAt(eli)).not.toContainText('IKKE')
  await expect(decisionAt(kari)).not.toContainText('IKKE')

  // An action item, assigned to an attendee with a deadline.
  await agendaItems(ola).nth(1).locator('p').first().click()
  await ola.keyboard.press('End')
  await ola.keyboard.press('Enter')
  await ola.keyboard.type('/oppfølging')
  await expect(ola.getByTestId('slash-menu')).toBeVisible()
  await ola.keyboard.press('Enter')
  await ola.keyboard.type('Sende notatet på høring til kommunene')
  const action = editor(ola).locator('[data-type="action-item"]').first()
  await action.getByTestId('action-item-assignee').fill('Kari Nordmann')
  await action.getByTestId('action-item-due').fill('uke 12')
  await ola.keyboard.press('Tab')
  const entry = screen.getByTestId('action-item-entry').first()
  await expect(entry).toContainText('Sende notatet på høring til kommunene')
  await expect(entry).toContainText('Kari Nordmann')
  await expect(entry).toContainText('uke 12')

  await screen.screenshot({ path: 'test-results/meeting-viewer.png', fullPage: true })

  // The moderator finalizes: everyone is read-only, with a banner saying so.
  await eli.getByTestId('btn-finalize').click()
  await eli.getByTestId('finalize-dialog').getByTestId('btn-confirm').click()
  for (const page of everyone) {
    await expect(page.getByTestId('final-banner')).toContainText('versjon 1')
    await expect(editor(page)).toHaveAttribute('contenteditable', 'false')
  }
  await itemTitle(kari, 0).click()
  await kari.keyboard.type('etterpå')
  await expect(itemTitle(eli, 0)).toHaveText('Godkjenning av innkalling')
  await eli.screenshot({ path: 'test-results/meeting-final.png', fullPage: true })

  // A secretary who opens the final referat later reads it; nothing is refused or reloaded.
  const late = await openAs(meeting.links.secretary, 'Hanne Løkka')
  await expect(late.getByTestId('final-banner')).toBeVisible()
  await expect(editor(late).getByTestId('decision').first()).toHaveAttribute(
    'data-state',
    'decided',
  )
  await late.waitForTimeout(1000)
  await expect(late.getByTestId('meeting-error')).toHaveCount(0)
  await expect(late.getByTestId('rejected-notice')).toHaveCount(0)
})
