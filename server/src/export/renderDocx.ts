import { exportLabels, localeOf, type Referat } from '@referat/shared'
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx'
import { attendeeElements } from './docx/attendeeElements'
import { bodyElements } from './docx/bodyElements'
import type { DocxContext } from './docx/DocxContext'
import { docxStyles } from './docx/docxStyles'
import { followUpElements } from './docx/followUpElements'
import { headerElements } from './docx/headerElements'
import { heading } from './docx/heading'
import { layout } from './docx/layout'
import { ListNumbering } from './docx/ListNumbering'

const small = { size: 18, color: '57606A' }

/**
 * The referat as a Word document (A4): the header in Word's Title style with the draft mark or
 * version, the attendee table, the items under Heading 1 to 3 so that Word's navigation pane and a
 * table of contents find them, lists as Word lists, decisions set off in shaded boxes, and a
 * follow-up table at the end. Every user string goes in as text; docx escapes it.
 */
export async function renderDocx(referat: Referat): Promise<Buffer> {
  const { meta } = referat
  const l = exportLabels[meta.language]
  const ctx: DocxContext = { labels: l, lists: new ListNumbering(), lastDecision: null }
  const title = `${l.referat}: ${meta.title}`
  const final = meta.status === 'final'
  const children = [
    ...headerElements(meta, l),
    ...attendeeElements(referat.attendees, ctx),
    heading(1, l.items),
    ...bodyElements(referat.body, ctx),
    ...followUpElements(referat.body, ctx),
  ]
  const document = new Document({
    title,
    subject: meta.group || undefined,
    creator: 'Referat',
    lastModifiedBy: 'Referat',
    styles: docxStyles(localeOf(meta.language)),
    numbering: { config: ctx.lists.config },
    sections: [
      {
        properties: {
          page: {
            size: { width: layout.pageWidth, height: layout.pageHeight },
            margin: {
              top: layout.marginY,
              bottom: layout.marginY,
              left: layout.marginX,
              right: layout.marginX,
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: title, ...small }),
                  // A printed page of a draft says so on its own.
                  ...(final ? [] : [new TextRun({ text: ` – ${l.draft}`, ...small, bold: true })]),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], ...small })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  })
  return Packer.toBuffer(document)
}
