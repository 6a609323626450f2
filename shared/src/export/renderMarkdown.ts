import type { Attendee } from '../model/attendee'
import type { Referat, ReferatBlock, ReferatInline, ReferatItem } from '../referat/Referat'
import { collectActionItems } from './collectActionItems'
import { escapeMarkdown } from './escapeMarkdown'
import { exportLabels, type ExportLabels } from './exportLabels'
import { formatMeetingTime } from './formatMeetingTime'
import { groupAttendees } from './groupAttendees'

function inlines(runs: readonly ReferatInline[]): string {
  return runs
    .map((run) => {
      if ('lineBreak' in run) return '  \n'
      let text = escapeMarkdown(run.text)
      if (run.bold) text = `**${text}**`
      if (run.italic) text = `*${text}*`
      if (run.href) text = `[${text}](<${run.href.replace(/[<>]/g, encodeURIComponent)}>)`
      return text
    })
    .join('')
}

function block(b: ReferatBlock, l: ExportLabels, indent = ''): string[] {
  switch (b.type) {
    case 'paragraph':
      return [`${indent}${inlines(b.content)}`, '']
    case 'list': {
      const lines: string[] = []
      b.items.forEach((item, i) => {
        const marker = b.ordered ? `${b.start + i}. ` : '- '
        const inner = item.flatMap((child) => block(child, l, ' '.repeat(marker.length)))
        const [first = '', ...rest] = inner.filter((line, j) => line !== '' || j < inner.length - 1)
        lines.push(`${indent}${marker}${first.trimStart()}`, ...rest.map((line) => indent + line))
      })
      return [...lines, '']
    }
    case 'decision': {
      const title = b.state === 'decided' ? l.decision : l.proposal
      const by = [b.decidedBy ? l.decidedBy(b.decidedBy) : '', b.vote ? l.votes(b.vote) : '']
      const record = b.state === 'decided' ? by.filter(Boolean).join(', ') || l.unanimous : ''
      const body = b.blocks.flatMap((child) => block(child, l)).filter(Boolean)
      return [
        `${indent}> **${title}:** ${body[0] ?? ''}`,
        ...body.slice(1).map((line) => `${indent}> ${line}`),
        ...(record ? [`${indent}> *(${escapeMarkdown(record)})*`] : []),
        '',
      ]
    }
    case 'actionItem': {
      const details = [
        b.assignee ? `${l.responsible}: ${escapeMarkdown(b.assignee)}` : '',
        b.due ? `${l.due}: ${escapeMarkdown(b.due)}` : '',
      ].filter(Boolean)
      const check = b.done ? '[x]' : '[ ]'
      const suffix = details.length ? ` (${details.join(', ')})` : ''
      return [`${indent}- ${check} **${l.followUp}:** ${inlines(b.content)}${suffix}`, '']
    }
  }
}

function item(i: ReferatItem, l: ExportLabels, level: number): string[] {
  const lines = [`${'#'.repeat(level)} ${`${i.label} ${escapeMarkdown(i.title)}`.trim()}`, '']
  for (const child of i.blocks) {
    lines.push(...(child.type === 'item' ? item(child, l, level + 1) : block(child, l)))
  }
  return lines
}

function person(a: Attendee, l: ExportLabels): string {
  const notes = [
    a.role === 'moderator' ? l.moderator : '',
    a.substituteFor ? l.substituteFor(a.substituteFor) : '',
  ]
  const extra = notes.filter(Boolean).join(', ')
  return escapeMarkdown(extra ? `${a.name} (${extra})` : a.name)
}

/**
 * The referat as Markdown: header, attendees (a table of those present; absent, also present and
 * the secretariat as lists), the agenda items as numbered headings with their text, decisions as
 * quotes, action items as tasks, and a follow-up table at the end. Every user string is escaped.
 */
export function renderMarkdown(referat: Referat): string {
  const { meta } = referat
  const l = exportLabels[meta.language]
  const lines: string[] = [`# ${l.referat}: ${escapeMarkdown(meta.title)}`, '']
  lines.push(meta.status === 'final' ? `*${l.version(meta.version)}*` : `**${l.draft}**`, '')
  if (meta.group) lines.push(escapeMarkdown(meta.group), '')
  lines.push(`**${l.time}:** ${formatMeetingTime(meta)}  `)
  if (meta.location) lines.push(`**${l.place}:** ${escapeMarkdown(meta.location)}`)
  lines.push('')

  const groups = groupAttendees(referat.attendees)
  if (groups.present.length > 0) {
    lines.push(`## ${l.present}`, '', `| ${l.name} | ${l.organisation} |`, '| --- | --- |')
    for (const a of groups.present)
      lines.push(`| ${person(a, l)} | ${escapeMarkdown(a.organisation)} |`)
    lines.push('')
  }
  for (const [title, people] of [
    [l.absent, groups.absent],
    [l.alsoPresent, groups.alsoPresent],
  ] as const) {
    if (people.length === 0) continue
    lines.push(`## ${title}`, '')
    for (const a of people)
      lines.push(`- ${person(a, l)}${a.organisation ? `, ${escapeMarkdown(a.organisation)}` : ''}`)
    lines.push('')
  }
  if (groups.secretariat.length > 0) {
    lines.push(
      `## ${l.secretariat}`,
      '',
      groups.secretariat.map((a) => escapeMarkdown(a.name)).join(', '),
      '',
    )
  }

  lines.push(`## ${l.items}`, '')
  for (const part of referat.body) {
    if (part.type === 'item') lines.push(...item(part, l, 3))
    else if (part.type === 'section') lines.push(`## ${escapeMarkdown(part.title)}`, '')
    else lines.push(...block(part, l))
  }

  const actions = collectActionItems(referat.body)
  if (actions.length > 0) {
    lines.push(
      `## ${l.followUp}`,
      '',
      `| ${l.what} | ${l.responsible} | ${l.due} | ${l.status} |`,
      '| --- | --- | --- | --- |',
    )
    for (const a of actions) {
      const what = `${a.itemLabel} ${inlines(a.content)}`.trim()
      lines.push(
        `| ${what} | ${escapeMarkdown(a.assignee)} | ${escapeMarkdown(a.due)} | ${a.done ? l.done : l.open} |`,
      )
    }
    lines.push('')
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`
}
