import type { IBaseParagraphStyleOptions, IParagraphStyleOptions, IStylesOptions } from 'docx'
import { LineRuleType } from 'docx'
import { decisionBox } from './decisionBox'
import { layout } from './layout'

const FONT = 'Calibri'
const INK = '1B1F24'
const ACCENT = '1F3864'

const headingStyle = (
  outlineLevel: number,
  size: number,
  before: number,
  after: number,
): IBaseParagraphStyleOptions => ({
  run: { font: FONT, size, bold: true, color: ACCENT },
  // The outline level is what Word's navigation pane and a table of contents read.
  paragraph: { outlineLevel, keepNext: true, keepLines: true, spacing: { before, after } },
})

const boxStyle = (
  id: string,
  name: string,
  box: ReturnType<typeof decisionBox>,
): IParagraphStyleOptions => ({
  id,
  name,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  paragraph: { ...box, indent: { left: 200, right: 0 } },
})

/**
 * Word's built-in styles for a referat: Calibri 11 pt in the meeting's language (nb-NO, nn-NO
 * or en-GB, for the spelling checker), Title, Subtitle and Heading 1 to 6 with outline levels; and
 * styles of our own for decisions (a shaded box with a bar on the left) and table text.
 */
export function docxStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, color: INK, language: { value: language } },
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, size: 40, bold: true, color: ACCENT },
        paragraph: { spacing: { after: 60 }, keepNext: true },
      },
      heading1: headingStyle(0, 30, 360, 120),
      heading2: headingStyle(1, 26, 280, 80),
      heading3: headingStyle(2, 23, 200, 60),
      heading4: headingStyle(3, 22, 160, 40),
      heading5: headingStyle(4, 22, 160, 40),
      heading6: headingStyle(5, 22, 160, 40),
      listParagraph: { paragraph: { contextualSpacing: true, spacing: { after: 60 } } },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: FONT, size: 26, color: '57606A' },
        paragraph: { spacing: { after: 160 } },
      },
      boxStyle('Decision', 'Decision', decisionBox('decided')),
      boxStyle('ProposedDecision', 'Proposed Decision', decisionBox('proposed')),
      {
        id: layout.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'DecisionRecord',
        name: 'Decision Record',
        basedOn: 'Decision',
        next: 'Normal',
        run: { italics: true, color: '57606A' },
      },
    ],
  }
}
