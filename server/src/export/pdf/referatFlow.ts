import {
  attendeeLabel,
  collectActionItems,
  formatMeetingTime,
  attendeeLists,
  groupAttendees,
  type Attendee,
  type Referat,
  type ReferatBlock,
  type ReferatItem,
} from '@referat/shared'
import { blockFlow, blocksFlow } from './blockFlow'
import type { FlowContext } from './createFlowContext'
import type { FlowItem } from './FlowItem'
import { pdfTheme } from './pdfTheme'
import { tableFlow } from './tableFlow'
import { heading } from './heading'
import { joinBlocks } from './joinBlocks'
import { textBlock } from './textBlock'
import { inlineRuns, textRun } from './textRuns'

const { color } = pdfTheme
const size = pdfTheme.size.body

function headerFlow(ctx: FlowContext, referat: Referat): FlowItem[] {
  const { meta } = referat
  const l = ctx.labels
  const final = meta.status === 'final'
  const status = final
    ? textRun(ctx, l.version(meta.version), { size, italic: true, color: color.muted })
    : textRun(ctx, l.draft, { size, bold: true, color: color.draft })
  const field = (label: string, value: string) =>
    textBlock(
      ctx,
      'P',
      [textRun(ctx, `${label}: `, { size, bold: true }), textRun(ctx, value, { size })],
      0,
      ctx.width,
    )
  return [
    ...heading(ctx, 1, `${l.referat}: ${meta.title}`),
    ...joinBlocks(
      [
        textBlock(ctx, 'P', [status], 0, ctx.width),
        meta.group ? textBlock(ctx, 'P', [textRun(ctx, meta.group, { size })], 0, ctx.width) : [],
        field(l.time, formatMeetingTime(meta)),
        meta.location ? field(l.place, meta.location) : [],
      ],
      2,
    ),
  ]
}

function attendeesFlow(ctx: FlowContext, attendees: readonly Attendee[]): FlowItem[] {
  const l = ctx.labels
  const groups = groupAttendees(attendees)
  const items: FlowItem[] = []
  if (groups.present.length > 0) {
    const rows = groups.present.map((a) => [
      [textRun(ctx, attendeeLabel(a, l), { size: pdfTheme.size.table })],
      [textRun(ctx, a.organisation, { size: pdfTheme.size.table })],
    ])
    items.push(
      ...heading(ctx, 2, l.present),
      tableFlow(ctx, [l.name, l.organisation], rows, [1, 1]),
    )
  }
  for (const [title, people] of attendeeLists(groups, l)) {
    const list: ReferatBlock = {
      type: 'list',
      ordered: false,
      start: 1,
      items: people.map((a) => [
        {
          type: 'paragraph',
          content: [
            {
              text: a.organisation
                ? `${attendeeLabel(a, l)}, ${a.organisation}`
                : attendeeLabel(a, l),
            },
          ],
        },
      ]),
    }
    items.push(...heading(ctx, 2, title), ...blockFlow(ctx, list, 0, ctx.width))
  }
  if (groups.secretariat.length > 0) {
    const names = groups.secretariat.map((a) => a.name).join(', ')
    items.push(
      ...heading(ctx, 2, l.secretariat),
      ...textBlock(ctx, 'P', [textRun(ctx, names, { size })], 0, ctx.width),
    )
  }
  return items
}

function itemFlow(ctx: FlowContext, item: ReferatItem, level: number, x: number): FlowItem[] {
  const parts = item.blocks.map((part) =>
    part.type === 'item'
      ? itemFlow(ctx, part, level + 1, x)
      : blockFlow(ctx, part, x, ctx.width - x),
  )
  return [
    { kind: 'open', type: 'Sect' },
    ...heading(ctx, level, `${item.label} ${item.title}`.trim(), x),
    ...joinBlocks(parts, pdfTheme.paragraphGap),
    { kind: 'close' },
  ]
}

function followUpFlow(ctx: FlowContext, referat: Referat): FlowItem[] {
  const l = ctx.labels
  const actions = collectActionItems(referat.body)
  if (actions.length === 0) return []
  const small = pdfTheme.size.table
  const rows = actions.map((a) => [
    [
      ...(a.itemLabel ? [textRun(ctx, `${a.itemLabel} `, { size: small })] : []),
      ...inlineRuns(ctx, a.content, { size: small }),
    ],
    [textRun(ctx, a.assignee, { size: small })],
    [textRun(ctx, a.due, { size: small })],
    [textRun(ctx, a.done ? l.done : l.open, { size: small })],
  ])
  return [
    ...heading(ctx, 2, l.followUp),
    tableFlow(ctx, [l.what, l.responsible, l.due, l.status], rows, [46, 22, 16, 16]),
  ]
}

/**
 * The whole referat as flow items, in the order of the HTML export: header, attendees, the items
 * as numbered headings with their text, decisions and action items, then the follow-up table.
 */
export function referatFlow(ctx: FlowContext, referat: Referat): FlowItem[] {
  const body = referat.body.map((part) => {
    if (part.type === 'item') return itemFlow(ctx, part, 3, 0)
    if (part.type === 'section') return heading(ctx, 2, part.title)
    return blocksFlow(ctx, [part], 0, ctx.width)
  })
  return [
    ...headerFlow(ctx, referat),
    ...attendeesFlow(ctx, referat.attendees),
    ...heading(ctx, 2, ctx.labels.items),
    ...joinBlocks(body, pdfTheme.paragraphGap),
    ...followUpFlow(ctx, referat),
  ]
}
