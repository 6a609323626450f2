import { attendeeLabel, attendeeLists, groupAttendees, type Attendee } from '@referat/shared'
import type { FileChild } from 'docx'
import { dataTable } from './dataTable'
import type { DocxContext } from './DocxContext'
import { heading } from './heading'
import { TextParagraph } from './TextParagraph'

/**
 * Who was there: a table of those present (the moderator and substitutes marked), lists of those
 * absent and also present, and the secretariat on one line, each under its Heading 1.
 */
export function attendeeElements(attendees: readonly Attendee[], ctx: DocxContext): FileChild[] {
  const l = ctx.labels
  const groups = groupAttendees(attendees)
  const elements: FileChild[] = []
  if (groups.present.length > 0) {
    const rows = groups.present.map((a) => [
      [{ text: attendeeLabel(a, l) }],
      [{ text: a.organisation }],
    ])
    elements.push(heading(1, l.present), dataTable([l.name, l.organisation], rows, [0.55, 0.45]))
  }
  for (const [title, people] of attendeeLists(groups, l)) {
    const numbering = { ...ctx.lists.next(false, 1), level: 0 }
    elements.push(
      heading(1, title),
      ...people.map(
        (a) =>
          new TextParagraph(
            [{ text: `${attendeeLabel(a, l)}${a.organisation ? `, ${a.organisation}` : ''}` }],
            { numbering },
          ),
      ),
    )
  }
  if (groups.secretariat.length > 0) {
    elements.push(
      heading(1, l.secretariat),
      new TextParagraph([{ text: groups.secretariat.map((a) => a.name).join(', ') }]),
    )
  }
  return elements
}
