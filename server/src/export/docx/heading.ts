import { HeadingLevel } from 'docx'
import { TextParagraph } from './TextParagraph'

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const

/** A paragraph in Word's built-in Heading 1 to 6 (deeper levels stay at 6). */
export const heading = (level: number, text: string): TextParagraph =>
  new TextParagraph([{ text }], { heading: HEADINGS[Math.min(Math.max(level, 1), 6) - 1] })
