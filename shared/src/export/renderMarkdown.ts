import { decisionRecord } from './recordText'
import type { Attendee } from '../model/attendee'
import type { Language, MeetingMeta } from '../protocol/meetingMeta'
import type {
  Referat,
  ReferatBlock,
  ReferatInline,
  ReferatItem,
  ReferatPart,
} from '../referat/Referat'
import { collectActionItems } from './collectActionItems'
import { exportLabels, type ExportLabels } from './exportLabels'
import { formatMeetingTime } from './formatMeetingTime'
import { entity, inlineLines, lineEdges, listed, text, withBreaks } from './markdownInline'

/** Words only the Markdown export writes; the import reads them back. */
const MARKDOWN_WORDS = {
  nb: {
    group: 'Gruppe',
    invited: 'Innkalte',
    guest: 'gjest',
    secretariat: 'sekretariat',
    substitute: 'vara',
  },
  nn: {
    group: 'Gruppe',
    invited: 'Innkalla',
    guest: 'gjest',
    secretariat: 'sekretariat',
    substitute: 'vara',
  },
  en: {
    group: 'Group',
    invited: 'Invited',
    guest: 'guest',
    secretariat: 'secretariat',
    substitute: 'substitute',
  },
} satisfies Record<Language, unknown>

interface Context {
  l: ExportLabels
  words: (typeof MARKDOWN_WORDS)['nb']
  /** Attendee names by id, for "vara for …". */
  names: Map<string, string>
}

type Child = ReferatBlock | ReferatItem

/** A name the import reads back from a comma-separated line: capitalised words, no "og". */
const PLAIN_NAME = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\.?[ -]\p{Lu}[\p{L}\p{M}'’-]*){0,7}$/u

const hasText = (runs: readonly ReferatInline[]) => runs.some((run) => 'text' in run && run.text)
/** Empty paragraphs have no Markdown: they are left out. */
const visible = (part: ReferatPart | ReferatItem) =>
  part.type !== 'paragraph' || hasText(part.content)

function list(b: Extract<ReferatBlock, { type: 'list' }>, c: Context, variant: boolean): string[] {
  const lines: string[] = []
  b.items.forEach((entry, i) => {
    const marker = b.ordered ? `${b.start + i}${variant ? ')' : '.'} ` : variant ? '* ' : '- '
    const [first, ...rest] = sequence(entry, c, 0)
    if (first === undefined) lines.push(marker.trimEnd())
    else
      lines.push(
        marker + first,
        ...rest.map((line) => (line ? ' '.repeat(marker.length) + line : '')),
      )
  })
  return lines
}

function block(b: ReferatBlock, c: Context, variant = false): string[] {
  const { l } = c
  switch (b.type) {
    case 'paragraph':
      return withBreaks(inlineLines(b.content))
    case 'list':
      return list(b, c, variant)
    case 'decision': {
      const title = b.state === 'decided' ? l.decision : l.proposal
      const decidedBy = b.decidedBy ? listed(b.decidedBy) : null
      const record = b.state === 'decided' ? decisionRecord({ ...b, decidedBy }, l) : ''
      const [first = '', ...rest] = sequence(b.blocks, c, 0)
      return [
        `> **${title}:**${first ? ` ${first}` : ''}`,
        ...rest.map((line) => (line ? `> ${line}` : '>')),
        ...(record ? [`> *(${record})*`] : []),
      ]
    }
    case 'actionItem': {
      const details = [
        b.assignee ? `${l.responsible}: ${listed(b.assignee)}` : '',
        b.due ? `${l.due}: ${listed(b.due)}` : '',
      ].filter(Boolean)
      const lines = inlineLines(b.content, details.length === 0)
      const last = lines.pop() ?? ''
      lines.push(details.length ? `${last}${last ? ' ' : ''}(${details.join(', ')})` : last)
      const [first = '', ...rest] = withBreaks(lines)
      const check = b.done ? '[x]' : '[ ]'
      return [
        `${variant ? '*' : '-'} ${check} **${l.followUp}:**${first ? ` ${first}` : ''}`,
        ...rest.map((line) => `  ${line}`),
      ]
    }
  }
}

/**
 * Whether an item's sub-items are titles only, one after another: then they are written as a
 * list ("- a. Title"), as minutes list them, and what follows is the item's.
 */
function titlesOnly(children: readonly Child[]): boolean {
  const subItems = children.filter((child) => child.type === 'item')
  const first = subItems[0] ? children.indexOf(subItems[0]) : -1
  return (
    first >= 0 &&
    subItems.every((sub) => sub.kind === 'discussion' && !sub.blocks.some(visible)) &&
    children.slice(first, first + subItems.length).every((child) => child.type === 'item')
  )
}

type ListKind = 'ordered' | 'bullet' | 'task' | 'titles' | null

const BULLETED = new Set<ListKind>(['bullet', 'task', 'titles'])

/**
 * Whether two lists in a row would read as one: lists of one kind, or sub-item titles next to
 * other "- " entries. The second then takes the other marker.
 */
function runTogether(previous: ListKind, current: ListKind): boolean {
  if (previous === current) return current === 'ordered' || current === 'bullet'
  return (
    (previous === 'titles' || current === 'titles') &&
    BULLETED.has(previous) &&
    BULLETED.has(current)
  )
}

/** Blocks and sub-items (at heading `level`) one after another, separated by blank lines. */
function sequence(children: readonly Child[], c: Context, level: number): string[] {
  const shown = children.filter(visible)
  const compact = level > 0 && titlesOnly(shown)
  const kind = (child: Child | null): ListKind => {
    if (child?.type === 'list') return child.ordered ? 'ordered' : 'bullet'
    if (child?.type === 'actionItem') return 'task'
    return compact && child?.type === 'item' ? 'titles' : null
  }
  const lines: string[] = []
  let previous: Child | null = null
  let variant = false
  for (const child of shown) {
    const current = kind(child)
    if (current === 'titles' && child.type === 'item') {
      if (kind(previous) !== 'titles') {
        if (lines.length > 0) lines.push('')
        variant = runTogether(kind(previous), current) ? !variant : false
      }
      lines.push(`${variant ? '*' : '-'} ${`${child.label} ${itemTitle(child.title)}`.trim()}`)
      previous = child
      continue
    }
    if (lines.length > 0) lines.push('')
    if (previous?.type === 'item' && child.type !== 'item' && !compact) {
      lines.push('<!-- referat: end of sub-item -->', '')
    }
    variant = runTogether(kind(previous), current) ? !variant : false
    lines.push(...(child.type === 'item' ? item(child, c, level) : block(child, c, variant)))
    previous = child
  }
  return lines
}

/** An item's title after its number: it must not start like the separator of "Sak 38/25 – Title". */
function itemTitle(title: string): string {
  return text(title)
    .replace(/^[-:.]/, '\\$&')
    .replace(/^[–—]/, entity)
}

function item(i: ReferatItem, c: Context, level: number): string[] {
  const lines = [`${'#'.repeat(level)} ${`${i.label} ${itemTitle(i.title)}`.trim()}`]
  const hidden = [
    i.kind !== 'discussion' ? `kind=${i.kind}` : '',
    i.plannedMinutes ? `minutes=${i.plannedMinutes}` : '',
  ].filter(Boolean)
  // Markdown cannot show an item's kind or planned minutes: a hidden comment keeps them.
  if (hidden.length > 0) lines.push(`<!-- referat: ${hidden.join(' ')} -->`)
  const body = sequence(i.blocks, c, level + 1)
  return body.length > 0 ? [...lines, '', ...body] : lines
}

function sectionTitle(title: string): string {
  return text(title)
    .replace(/^(\d{1,9})([.)])(?!\d)/, '$1\\$2')
    .replace(/^([a-z]{1,2})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^((?:sak|item|case)\s+\d{1,6}\s*)\//iu, '$1\\/')
}

function person(a: Attendee, c: Context, inSecretariat = false): string {
  const { l, words } = c
  const role =
    a.role === 'moderator'
      ? l.moderator
      : a.role === 'guest'
        ? words.guest
        : a.role === 'secretariat' && !inSecretariat
          ? words.secretariat
          : ''
  const substitute =
    a.presence !== 'substitute'
      ? ''
      : a.substituteFor
        ? l.substituteFor(listed(c.names.get(a.substituteFor) ?? a.substituteFor))
        : words.substitute
  const notes = [role, substitute].filter(Boolean).join(', ')
  return lineEdges(notes ? `${listed(a.name)} (${notes})` : listed(a.name))
}

/** "Name (notes), Organisation" as a list entry. */
const entry = (a: Attendee, c: Context, inSecretariat = false) =>
  `- ${person(a, c, inSecretariat)}${a.organisation ? `, ${text(a.organisation)}` : ''}`

function meetingTime(meta: MeetingMeta, l: ExportLabels): string {
  return !meta.start && meta.end
    ? `${formatMeetingTime({ ...meta, end: '' })} ${l.at} –${meta.end}`
    : formatMeetingTime(meta)
}

function attendeeLines(attendees: readonly Attendee[], c: Context): string[] {
  const { l, words } = c
  const secretariat = attendees.filter((a) => a.role === 'secretariat' && a.presence === 'present')
  const others = attendees.filter((a) => !secretariat.includes(a))
  const present = others.filter((a) => a.presence === 'present' || a.presence === 'substitute')
  const lines: string[] = []
  if (present.length > 0) {
    lines.push(`## ${l.present}`, '', `| ${l.name} | ${l.organisation} |`, '| --- | --- |')
    for (const a of present) lines.push(`| ${person(a, c)} | ${lineEdges(text(a.organisation))} |`)
    lines.push('')
  }
  for (const [title, presence] of [
    [l.absent, 'absent'],
    [l.alsoPresent, 'alsoPresent'],
    [words.invited, 'unknown'],
  ] as const) {
    const people = others.filter((a) => a.presence === presence)
    if (people.length === 0) continue
    lines.push(`## ${title}`, '', ...people.map((a) => entry(a, c)), '')
  }
  if (secretariat.length > 0) {
    // As minutes write it ("Øyvind Såtvedt, Mari Strømsvåg") when that says everything.
    const oneLine = secretariat.every(
      (a) => !a.organisation && PLAIN_NAME.test(a.name) && !/ (?:og|and) /iu.test(a.name),
    )
    const names = secretariat.map((a) => listed(a.name)).join(', ')
    lines.push(`## ${l.secretariat}`, '')
    if (oneLine && !/^(?:ingen|none|nobody)$/iu.test(names)) lines.push(names, '')
    else lines.push(...secretariat.map((a) => entry(a, c, true)), '')
  }
  return lines
}

/**
 * The referat as Markdown: header, attendees (a table of those present; absent, also present,
 * invited and the secretariat as lists), the agenda items as numbered headings with their text,
 * decisions as quotes, action items as tasks, and a follow-up table at the end. Every user string
 * is escaped. `parseMinutes` reads it back as the same meeting: what Markdown cannot show (an
 * item's kind and planned minutes, where an item ends before free text, that a referat is in
 * nynorsk) is in hidden `<!-- referat: … -->` comments.
 */
export function renderMarkdown(referat: Referat): string {
  const { meta } = referat
  const l = exportLabels[meta.language]
  const c: Context = {
    l,
    words: MARKDOWN_WORDS[meta.language],
    names: new Map(referat.attendees.map((a) => [a.id, a.name])),
  }
  const lines: string[] = [`# ${l.referat}: ${text(meta.title)}`, '']
  // "Referat" and most labels are the same in bokmål and nynorsk, so the import cannot always
  // tell them apart by the words: a hidden comment says nynorsk (bokmål and English need none).
  if (meta.language === 'nn') lines.push('<!-- referat: language=nn -->', '')
  lines.push(meta.status === 'final' ? `*${l.version(meta.version)}*` : `**${l.draft}**`, '')
  const header = [
    meta.group ? `**${c.words.group}:** ${text(meta.group)}` : '',
    `**${l.time}:** ${meetingTime(meta, l)}`,
    meta.location ? `**${l.place}:** ${text(meta.location)}` : '',
  ]
  lines.push(header.filter(Boolean).join('  \n'), '')
  lines.push(...attendeeLines(referat.attendees, c))

  lines.push(`## ${l.items}`, '')
  const parts = referat.body.filter(visible)
  let variant = false
  parts.forEach((part, index) => {
    const previous = parts[index - 1]
    if (previous?.type === 'item' && part.type !== 'item' && part.type !== 'section') {
      lines.push('<!-- referat: end of item -->', '')
    }
    const sameList =
      part.type === 'list' && previous?.type === 'list' && previous.ordered === part.ordered
    variant = sameList ? !variant : false
    if (part.type === 'item') lines.push(...item(part, c, 3))
    else if (part.type === 'section') lines.push(`## ${sectionTitle(part.title)}`.trimEnd())
    else lines.push(...block(part, c, variant))
    lines.push('')
  })

  const actions = collectActionItems(referat.body)
  if (actions.length > 0) {
    lines.push(
      `## ${l.followUp}`,
      '',
      `| ${l.what} | ${l.responsible} | ${l.due} | ${l.status} |`,
      '| --- | --- | --- | --- |',
    )
    for (const a of actions) {
      const what = `${a.itemLabel} ${inlineLines(a.content).join('<br>')}`.trim()
      lines.push(`| ${what} | ${text(a.assignee)} | ${text(a.due)} | ${a.done ? l.done : l.open} |`)
    }
    lines.push('')
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`
}
