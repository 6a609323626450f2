import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { strFromU8, unzipSync } from 'fflate'
import { agendaItems, clickEnd, itemNumbers, waitForMeeting } from '../support/editorHelpers'
import { expect, test } from '../support/fixtures'

const exampleFile = fileURLToPath(
  new URL('../../shared/test/fixtures/example-referat.md', import.meta.url),
)

test('the export menu downloads a Word file with the headings and text, and a PDF', async ({
  createMeeting,
  openAs,
}) => {
  const meeting = await createMeeting({
    agenda: ['Godkjenning av innkalling', 'Næringspolitisk posisjonsnotat'],
  })
  const page = await openAs(meeting.links.secretary, 'Sekretær Såtvedt')
  await waitForMeeting(page)
  const paragraph = agendaItems(page).nth(1).locator('p').first()
  await clickEnd(paragraph)
  await page.keyboard.type('Faggruppen var positiv til utkastet.')
  await expect(page.getByTestId('save-status')).toContainText(/Alt er lagret/)

  await page.getByTestId('export-menu').locator('summary').click()
  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-docx').click(),
  ])
  expect(docx.suggestedFilename()).toMatch(/^referat-2026-03-16-.*\.docx$/)
  const files = unzipSync(readFileSync(await docx.path()))
  const xml = strFromU8(files['word/document.xml'] as Uint8Array)
  expect(xml).toMatch(/<w:pStyle w:val="Title"\/>/)
  expect(xml).toContain('1. Godkjenning av innkalling')
  expect(xml).toContain('2. Næringspolitisk posisjonsnotat')
  expect(xml).toContain('Faggruppen var positiv til utkastet.')
  expect(xml).toContain('UTKAST')

  const [pdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-pdf').click(),
  ])
  expect(pdf.suggestedFilename()).toMatch(/\.pdf$/)
  expect(
    readFileSync(await pdf.path())
      .subarray(0, 5)
      .toString('latin1'),
  ).toBe('%PDF-')
})

test('the organizer imports the example referat from a file and opens it', async ({
  page,
  referat,
}) => {
  await page.goto(referat.organizerUrl)
  await page.getByTestId('import-file').setInputFiles({
    name: 'bad.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('   \n'),
  })
  await expect(page.getByTestId('import-error')).toContainText('Filen kunne ikke importeres')

  await page.getByTestId('import-file').setInputFiles(exampleFile)
  const links = page.getByTestId('meeting-links')
  await expect(links).toBeVisible()
  await expect(page.getByTestId('import-error')).toHaveCount(0)
  const moderatorLink = await page.getByTestId('link-moderator').getAttribute('href')
  await page.screenshot({ path: 'test-results/import.png', fullPage: true })

  await page.goto(moderatorLink as string)
  await waitForMeeting(page)
  await expect(agendaItems(page)).toHaveCount(16)
  expect(await itemNumbers(page)).toEqual(Array.from({ length: 16 }, (_, i) => `${i + 1}.`))
  await expect(agendaItems(page).nth(2)).toContainText(
    'Næringspolitisk posisjonsnotat for Osloregionen',
  )
})
