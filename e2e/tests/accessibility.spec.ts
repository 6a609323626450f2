import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../support/fixtures'
import { agendaItems, editor, waitForMeeting } from '../support/editorHelpers'

/** WCAG 2.1 A and AA, as adopted in Norway's universal design rules. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Runs axe-core on `page` (or the part `include` selects) and expects no WCAG A/AA violation. */
async function expectAccessible(page: Page, what: string, include?: string) {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS)
  if (include) builder = builder.include(include)
  const { violations } = await builder.analyze()
  const found = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes
        .slice(0, 5)
        .map((node) => `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n')[1] ?? ''}`)
        .join('\n'),
  )
  expect.soft(found, `axe-core on ${what}`).toEqual([])
}

test('every page and dialog passes axe-core at WCAG 2.1 A/AA', async ({
  createMeeting,
  openAs,
  referat,
}) => {
  test.setTimeout(180_000)
  const meeting = await createMeeting({ agenda: ['Godkjenning av innkalling', 'Budsjett 2027'] })

  // The meeting list, with a meeting's links shown.
  const organizer = await openAs(referat.organizerUrl, 'Organisator')
  await expect(organizer.getByTestId('meeting-list')).toBeVisible()
  await organizer
    .getByTestId('meeting-list')
    .getByRole('button', { expanded: false })
    .first()
    .click()
  await expectAccessible(organizer, "the meeting list, with a meeting's links shown")

  // The meeting page as moderator, with the meeting running and an item current.
  const moderator = await openAs(meeting.links.moderator, 'Eli Bryhni')
  const secretary = await openAs(meeting.links.secretary, 'Kari Nordmann')
  const viewer = await openAs(meeting.links.viewer, 'Skjerm')
  await Promise.all([moderator, secretary, viewer].map(waitForMeeting))
  await moderator.getByTestId('btn-start-meeting').click()
  await agendaItems(moderator).nth(1).hover()
  await agendaItems(moderator).nth(1).getByTestId('btn-set-current').click()
  await expect(viewer.getByTestId('live-bar')).toContainText('Budsjett 2027')
  // Screen readers hear it politely, as they hear who comes and goes.
  await expect(viewer.getByTestId('current-item-announcement')).toHaveText(
    'Gjeldende sak er nå 2. Budsjett 2027',
  )
  // (Those already there in a page's first two seconds are not announced.)
  await viewer.waitForTimeout(2000)
  const late = await openAs(meeting.links.secretary, 'Ola Hansen')
  await waitForMeeting(late)
  await expect(viewer.getByTestId('presence-announcement')).toHaveText('Ola Hansen kom inn i møtet')
  await late.close()
  await expect(viewer.getByTestId('presence-announcement')).toHaveText('Ola Hansen forlot møtet')

  // A secretary proposes a decision and adds a task (slash menu open while scanning).
  await agendaItems(secretary).nth(1).locator('p').first().click()
  await secretary.keyboard.type('Budsjettet ble lagt fram.')
  await secretary.keyboard.press('Enter')
  await secretary.keyboard.type('/forslag')
  await expect(secretary.getByTestId('slash-menu')).toBeVisible()
  await expectAccessible(secretary, 'the meeting page as secretary, with the slash menu open')
  await secretary.keyboard.press('Enter')
  await secretary.keyboard.type('Budsjettet vedtas.')
  await secretary.keyboard.press('Enter')
  await secretary.keyboard.press('Enter')
  await secretary.keyboard.type('/oppfølging')
  await secretary.keyboard.press('Enter')
  await secretary.keyboard.type('Sende budsjettet til kommunene')
  await expect(editor(moderator).getByTestId('decision')).toHaveCount(1)

  await expectAccessible(moderator, 'the meeting page as moderator')
  await moderator.getByTestId('btn-shortcuts').click()
  await expect(moderator.getByTestId('shortcuts-dialog')).toBeVisible()
  await expectAccessible(moderator, 'the keyboard shortcuts dialog')
  await moderator.keyboard.press('Escape')
  await expect(moderator.getByTestId('shortcuts-dialog')).toHaveCount(0)
  await moderator.getByTestId('btn-mark-decided').first().click()
  await expect(moderator.getByTestId('btn-confirm-decided')).toBeVisible()
  await expectAccessible(moderator, 'the decide dialog')
  await moderator.getByTestId('btn-confirm-decided').click()
  await expect(editor(viewer).getByTestId('decision')).toHaveAttribute('data-state', 'decided')

  // The name, link and attendee dialogs of a secretary.
  await secretary.getByTestId('btn-change-name').click()
  await expect(secretary.getByTestId('name-dialog')).toBeVisible()
  await expectAccessible(secretary, 'the name dialog')
  await secretary.keyboard.press('Escape')
  await agendaItems(secretary).nth(1).locator('p').first().click()
  await secretary.getByTestId('btn-link').click()
  await expect(secretary.getByTestId('link-dialog')).toBeVisible()
  await expectAccessible(secretary, 'the link dialog')
  await secretary.keyboard.press('Escape')
  await secretary.getByTestId('btn-add-attendee').click()
  await expect(secretary.getByTestId('attendee-dialog')).toBeVisible()
  await expectAccessible(secretary, 'the attendee dialog')
  await secretary.keyboard.press('Escape')

  await secretary.getByTestId('btn-paste-attendees').click()
  await expect(secretary.getByTestId('paste-attendees-input')).toBeVisible()
  await expectAccessible(secretary, 'the attendance paste dialog')
  await secretary.keyboard.press('Escape')

  await expectAccessible(viewer, 'the meeting page as viewer')

  // The export menu, open.
  await viewer.getByTestId('export-menu').locator('summary').click()
  await expectAccessible(viewer, 'the export menu')

  // The finalize dialog, then the final meeting.
  await moderator.getByTestId('btn-finalize').click()
  await expect(moderator.getByTestId('finalize-dialog')).toBeVisible()
  await expectAccessible(moderator, 'the finalize dialog')
  await moderator.getByTestId('finalize-dialog').getByTestId('btn-confirm').click()
  await expect(secretary.getByTestId('final-banner')).toBeVisible()
  await expectAccessible(secretary, 'a final meeting')
  await moderator.getByTestId('btn-versions').click()
  await moderator.getByTestId('version-1').click()
  await expect(moderator.locator('.version-dialog')).toBeVisible()
  await expectAccessible(moderator, 'a finalized version')
  await moderator.keyboard.press('Escape')
  await moderator.getByTestId('btn-next-meeting').click()
  await expect(moderator.getByTestId('next-meeting-dialog')).toBeVisible()
  await expectAccessible(moderator, 'the next meeting dialog')
  await moderator.keyboard.press('Escape')

  // The decision register, with the decision found.
  await organizer.getByRole('link', { name: 'Vedtaksregister' }).click()
  await expect(organizer.getByTestId('decision-row')).toContainText('Budsjettet vedtas.')
  await expectAccessible(organizer, 'the decision register')
})
