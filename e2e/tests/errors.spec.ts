import { expect, test } from '../support/fixtures'

test('a bad link and an unknown meeting get a clear message', async ({
  createMeeting,
  page,
  referat,
}) => {
  const meeting = await createMeeting()
  const forged = meeting.links.secretary.replace(/token=.{10}/, 'token=AAAAAAAAAA')
  await page.goto(forged)
  await expect(page.getByTestId('meeting-error')).toContainText('Lenken er ugyldig eller utløpt')

  const token = new URL(meeting.links.secretary).searchParams.get('token')
  await page.goto(`${referat.url}/m/finnesikke1?token=${token}`)
  await expect(page.getByTestId('meeting-error')).toBeVisible()
})
