import { formatMeetingTime, type ExportLabels, type MeetingMeta } from '@referat/shared'
import { HeadingLevel } from 'docx'
import { TextParagraph } from './TextParagraph'

const field = (label: string, value: string) =>
  new TextParagraph([{ text: `${label}: `, bold: true }, { text: value }], {
    spacing: { after: 40 },
  })

/**
 * The top of the referat: "Referat: <title>" in Word's Title style, the draft mark (or the
 * version of final minutes), the group as subtitle, and when and where the meeting was.
 */
export function headerElements(meta: MeetingMeta, l: ExportLabels): TextParagraph[] {
  const final = meta.status === 'final'
  return [
    new TextParagraph([{ text: `${l.referat}: ${meta.title}` }], { heading: HeadingLevel.TITLE }),
    new TextParagraph([
      final
        ? { text: l.version(meta.version), italic: true, color: '57606A' }
        : { text: l.draft, bold: true, color: 'C00000' },
    ]),
    ...(meta.group ? [new TextParagraph([{ text: meta.group }], { style: 'Subtitle' })] : []),
    field(l.time, formatMeetingTime(meta)),
    ...(meta.location ? [field(l.place, meta.location)] : []),
  ]
}
