import type { Page } from '@playwright/test'
import { agendaItems, editor, itemNumbers, waitForMeeting } from '../support/editorHelpers'
import { expect, test } from '../support/fixtures'

const PRESENT = [
  'NAVN\tKOMMUNE / REGION',
  'Eli Arnkværn Bryhni (møteleder)\tHamarregionen utvikling',
  'Kari Nordmann\tDrammen kommune',
  'Ola Hansen\tLillestrøm kommune',
].join('\n')

const AGENDA = ['Godkjenning av innkalling', 'Næringspolitisk posisjonsnotat', 'Eventuelt']

/** Pastes a table of attendees with the given presence. */
async function pasteAttendees(page: Page, table: string, presence?: string) {
  await page.getByTestId('btn-paste-attendees').click()
  const dialog = page.getByTestId('paste-attendees-dialog')
  await dialog.getByTestId('paste-attendees-input').fill(table)
  if (presence) await dialog.locator('select').selectOption(presence)
  await dialog.getByTestId('btn-confirm-paste').click()
}

/** The text the `::before` of each agenda item draws (its number), as computed now. */
async function drawnNumbers(page: Page): Promise<string[]> {
  return agendaItems(page).evaluateAll((items) =>
    items.map((item) => getComputedStyle(item, '::before').content),
  )
}

test('printing a meeting page gives the referat as the export lays it out', async ({
  createMeeting,
  openAs,
}) => {
  test.setTimeout(120_000)
  const meeting = await createMeeting({
    title: 'Faggruppe for næringssamarbeid',
    group: 'Osloregionen',
    location: 'Oslo rådhus, møterom 3',
    agenda: AGENDA,
  })
  const eli = await openAs(meeting.links.moderator, 'Eli Arnkværn Bryhni')
  await waitForMeeting(eli)

  // Attendance: three present, one with apologies.
  await pasteAttendees(eli, PRESENT)
  await pasteAttendees(eli, 'Hanne Løkka\tFrogn kommune', 'absent')
  await expect(eli.getByTestId('attendee-row')).toHaveCount(4)

  // Item 2: text, a decision the moderator marks decided, and a follow-up task.
  await agendaItems(eli).nth(1).locator('p').first().click()
  await eli.keyboard.type('Faggruppen var generelt positiv til utkastet.')
  await eli.keyboard.press('Enter')
  await eli.keyboard.type('/forslag')
  await expect(eli.getByTestId('slash-menu')).toBeVisible()
  await eli.keyboard.press('Enter')
  await eli.keyboard.type('Faggruppen slutter seg til notatet.')
  const decision = editor(eli).getByTestId('decision').first()
  await decision.getByTestId('btn-mark-decided').click()
  await eli.getByTestId('btn-confirm-decided').click()
  await expect(decision).toHaveAttribute('data-state', 'decided')

  await agendaItems(eli).nth(1).locator('p').first().click()
  await eli.keyboard.press('End')
  await eli.keyboard.press('Enter')
  await eli.keyboard.type('/oppfølging')
  await expect(eli.getByTestId('slash-menu')).toBeVisible()
  await eli.keyboard.press('Enter')
  await eli.keyboard.type('Sende notatet på høring til kommunene')
  const action = editor(eli).locator('[data-type="action-item"]').first()
  await action.getByTestId('action-item-assignee').fill('Kari Nordmann')
  await action.getByTestId('action-item-due').fill('uke 12')
  await eli.keyboard.press('Tab')
  await expect(eli.getByTestId('action-item-entry')).toContainText('uke 12')
  await expect(eli.getByTestId('save-status')).toContainText(/Alt er lagret/)

  // A viewer opens the meeting and prints it.
  const viewer = await openAs(meeting.links.viewer, 'Skjerm i møterommet')
  await waitForMeeting(viewer)
  await expect(editor(viewer).getByTestId('decision')).toHaveAttribute('data-state', 'decided')
  await expect(viewer.getByTestId('action-item-entry')).toContainText('uke 12')
  const front = viewer.getByTestId('print-front')
  const followUp = viewer.getByTestId('print-follow-up')
  // On screen the print-only parts are not shown.
  await expect(front).toBeHidden()
  await expect(followUp).toBeHidden()

  await viewer.emulateMedia({ media: 'print' })
  await expect(viewer.locator('.app-header')).toBeHidden()
  await expect(viewer.getByTestId('meeting-header')).toBeHidden()
  await expect(viewer.getByTestId('lifecycle-bar')).toBeHidden()
  await expect(viewer.locator('aside.meeting-sidebar')).toBeHidden()
  await expect(viewer.getByTestId('attendance-panel')).toBeHidden()
  await expect(viewer.getByTestId('read-only-notice')).toBeHidden()

  // The title block, with UTKAST as the export marks a draft.
  await expect(front).toBeVisible()
  await expect(front.getByRole('heading', { level: 1 })).toHaveText(
    'Referat: Faggruppe for næringssamarbeid',
  )
  await expect(viewer.getByTestId('print-status')).toHaveText('UTKAST')
  await expect(front).toContainText('Osloregionen')
  await expect(front).toContainText('mandag 16. mars 2026 kl. 09:00–11:00')
  await expect(front).toContainText('Oslo rådhus, møterom 3')
  // The page footer (drawn by @page from the root's custom properties), as the PDF export's.
  expect(
    await viewer.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--print-footer'),
    ),
  ).toBe('"UTKAST – Referat: Faggruppe for næringssamarbeid"')

  // The attendees as the export lists them: a table of those present, then the apologies.
  const attendees = viewer.getByTestId('print-attendees')
  await expect(attendees.getByRole('heading', { level: 2 })).toHaveText(['Frammøtte', 'Forfall'])
  const present = attendees.locator('table tbody tr')
  await expect(present).toHaveCount(3)
  await expect(present.first()).toHaveText(/Eli Arnkværn Bryhni \(møteleder\)\s*Hamarregionen/)
  await expect(attendees.locator('ul li')).toHaveText(['Hanne Løkka, Frogn kommune'])
  await expect(front.getByRole('heading', { level: 2, name: 'Saker' })).toBeVisible()

  // Every agenda item laid out and numbered; the decision and the task in item 2.
  const items = agendaItems(viewer)
  await expect(items).toHaveCount(AGENDA.length)
  for (let i = 0; i < AGENDA.length; i++) {
    await expect(items.nth(i)).toBeVisible()
    await expect(items.nth(i)).toContainText(AGENDA[i] as string)
  }
  expect(await itemNumbers(viewer)).toEqual(['1.', '2.', '3.'])
  expect(await drawnNumbers(viewer)).toEqual(['"1."', '"2."', '"3."'])
  expect(
    await items.evaluateAll((sections) =>
      sections.map((section) => getComputedStyle(section).contentVisibility),
    ),
  ).toEqual(['visible', 'visible', 'visible'])
  await expect(items.nth(1).getByTestId('decision')).toContainText('Vedtak')
  await expect(items.nth(1).getByTestId('decision')).toContainText(
    'Faggruppen slutter seg til notatet.',
  )
  await expect(items.nth(1).locator('[data-type="action-item"]')).toContainText(
    'Sende notatet på høring til kommunene',
  )

  // The follow-up table at the end.
  await expect(followUp).toBeVisible()
  await expect(followUp.getByRole('heading', { level: 2 })).toHaveText('Oppfølging')
  await expect(followUp.locator('thead th')).toHaveText(['Hva', 'Ansvarlig', 'Frist', 'Status'])
  await expect(followUp.locator('tbody tr')).toHaveCount(1)
  await expect(followUp.locator('tbody tr td')).toHaveText([
    '2. Sende notatet på høring til kommunene',
    'Kari Nordmann',
    'uke 12',
    'Åpen',
  ])

  await viewer.screenshot({ path: 'test-results/print.png', fullPage: true })
  await viewer.pdf({ path: 'test-results/print.pdf', format: 'A4', preferCSSPageSize: true })

  // The editing view prints the same document: no toolbar, no form fields as boxes.
  await eli.emulateMedia({ media: 'print' })
  await expect(eli.locator('.toolbar')).toBeHidden()
  await expect(eli.getByTestId('meeting-header')).toBeHidden()
  await expect(eli.getByTestId('print-front')).toBeVisible()
  await expect(eli.getByTestId('print-follow-up').locator('tbody tr')).toHaveCount(1)
  await expect(editor(eli).getByTestId('btn-undo-decided')).toBeHidden()
  await expect(editor(eli).getByTestId('action-item-done')).toBeHidden()
  await eli.pdf({ path: 'test-results/print-editor.pdf', format: 'A4', preferCSSPageSize: true })

  // Final minutes print with their version instead of UTKAST, in the title and the footer.
  await eli.emulateMedia({ media: 'screen' })
  await eli.getByTestId('btn-finalize').click()
  await eli.getByTestId('finalize-dialog').getByTestId('btn-confirm').click()
  await expect(viewer.getByTestId('print-status')).toHaveText('Versjon 1')
  expect(
    await viewer.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--print-footer'),
    ),
  ).toBe('"Referat: Faggruppe for næringssamarbeid"')
})
