import type { Attendee } from '../model/attendee'
import type { Referat, ReferatBlock, ReferatInline, ReferatItem } from '../referat/Referat'
import { collectActionItems } from './collectActionItems'
import { exportLabels, type ExportLabels } from './exportLabels'
import { formatMeetingTime } from './formatMeetingTime'
import { attendeeLabel } from './attendeeLabel'
import { groupAttendees } from './groupAttendees'
import { actionDetails, decisionRecord } from './recordText'

function inlines(runs: readonly ReferatInline[]): string {
  return runs
    .map((run) => {
      if ('lineBreak' in run) return '\n'
      return run.href && run.href !== run.text ? `${run.text} (${run.href})` : run.text
    })
    .join('')
}

function indented(text: string, prefix: string, rest = ' '.repeat(prefix.length)): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? prefix : rest) + line)
    .join('\n')
}

function block(b: ReferatBlock, l: ExportLabels): string {
  switch (b.type) {
    case 'paragraph':
      return inlines(b.content)
    case 'list':
      return b.items
        .map((item, i) => {
          const marker = b.ordered ? `${b.start + i}. ` : '• '
          return indented(item.map((c) => block(c, l)).join('\n'), marker)
        })
        .join('\n')
    case 'decision': {
      const decided = b.state === 'decided'
      const label = (decided ? l.decision : l.proposal).toLocaleUpperCase()
      const text = b.blocks.map((c) => block(c, l)).join('\n')
      return `${label}: ${text}${decided ? ` (${decisionRecord(b, l)})` : ''}`
    }
    case 'actionItem': {
      const details = actionDetails(b, l)
      const suffix = details.length ? ` (${details.join(', ')})` : ''
      return `${l.followUp.toLocaleUpperCase()}: ${inlines(b.content)}${suffix}`
    }
  }
}

function item(i: ReferatItem, l: ExportLabels): string {
  const parts = [`${i.label} ${i.title}`.trim()]
  for (const child of i.blocks) parts.push(child.type === 'item' ? item(child, l) : block(child, l))
  return parts.filter(Boolean).join('\n\n')
}

function person(a: Attendee, l: ExportLabels): string {
  const name = attendeeLabel(a, l)
  return a.organisation ? `${name}, ${a.organisation}` : name
}

/** The referat as plain text for pasting into an e-mail: no markup, headings in capitals. */
export function renderText(referat: Referat): string {
  const { meta } = referat
  const l = exportLabels[meta.language]
  const sections: string[] = []
  sections.push(
    [
      `${l.referat.toLocaleUpperCase()}: ${meta.title}`,
      meta.status === 'final' ? l.version(meta.version) : l.draft,
      meta.group,
      `${l.time}: ${formatMeetingTime(meta)}`,
      meta.location ? `${l.place}: ${meta.location}` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  )
  const groups = groupAttendees(referat.attendees)
  for (const [title, people] of [
    [l.present, groups.present],
    [l.absent, groups.absent],
    [l.alsoPresent, groups.alsoPresent],
    [l.invited, groups.invited],
  ] as const) {
    if (people.length > 0)
      sections.push(`${title.toLocaleUpperCase()}\n${people.map((a) => person(a, l)).join('\n')}`)
  }
  if (groups.secretariat.length > 0) {
    sections.push(
      `${l.secretariat.toLocaleUpperCase()}\n${groups.secretariat.map((a) => a.name).join(', ')}`,
    )
  }
  sections.push(l.items.toLocaleUpperCase())
  for (const part of referat.body) {
    if (part.type === 'item') sections.push(item(part, l))
    else if (part.type === 'section') sections.push(part.title.toLocaleUpperCase())
    else sections.push(block(part, l))
  }
  const actions = collectActionItems(referat.body)
  if (actions.length > 0) {
    const lines = actions.map((a) => {
      const details = [a.assignee, a.due, a.done ? l.done : l.open].filter(Boolean).join(' – ')
      return `${`${a.itemLabel} ${inlines(a.content)}`.trim()}: ${details}`
    })
    sections.push(`${l.followUp.toLocaleUpperCase()}\n${lines.join('\n')}`)
  }
  return `${sections.filter(Boolean).join('\n\n')}\n`
}
