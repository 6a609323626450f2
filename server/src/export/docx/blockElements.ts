import {
  actionDetails,
  decisionRecord,
  type ExportLabels,
  type ReferatBlock,
} from '@referat/shared'
import type { FileChild } from 'docx'
import { decisionBox } from './decisionBox'
import type { DocxContext } from './DocxContext'
import { inlineRuns } from './inlineRuns'
import { layout } from './layout'
import type { Run } from './runsXml'
import { TextParagraph } from './TextParagraph'

type Decision = Extract<ReferatBlock, { type: 'decision' }>
type ActionItem = Extract<ReferatBlock, { type: 'actionItem' }>

/** Where a block goes: its left indent in twips, and the level a list in it gets. */
export interface BlockPlace {
  indent: number
  depth: number
}

const TOP: BlockPlace = { indent: 0, depth: 0 }

const indentOf = (place: BlockPlace) => (place.indent ? { left: place.indent } : undefined)

function actionRuns(b: ActionItem, l: ExportLabels): Run[] {
  const details = actionDetails(b, l)
  return [
    { text: `${b.done ? '☑' : '☐'} ${l.followUp}: `, bold: true },
    ...inlineRuns(b.content),
    ...(details.length ? [{ text: ` (${details.join(', ')})` }] : []),
  ]
}

function list(
  b: Extract<ReferatBlock, { type: 'list' }>,
  ctx: DocxContext,
  place: BlockPlace,
): FileChild[] {
  const depth = Math.min(place.depth, layout.maxListDepth)
  const numbering = { ...ctx.lists.next(b.ordered, b.start), level: depth }
  const inner: BlockPlace = { indent: layout.listIndent(depth), depth: depth + 1 }
  const elements: FileChild[] = []
  for (const item of b.items) {
    const [first, ...rest] = item
    // The item's number goes on its first paragraph; an item that starts otherwise gets its own.
    const lead =
      first?.type === 'paragraph'
        ? inlineRuns(first.content)
        : first?.type === 'actionItem'
          ? actionRuns(first, ctx.labels)
          : null
    elements.push(new TextParagraph(lead ?? [], { numbering }))
    for (const child of lead ? rest : item) elements.push(...blockElements(child, ctx, inner))
  }
  return elements
}

/**
 * A decision in its paragraph style, a shaded box with a coloured bar on the left: "Vedtak:" (or
 * "Forslag til vedtak:") before its text, then who decided it and the vote.
 */
function decision(b: Decision, ctx: DocxContext, place: BlockPlace): FileChild[] {
  const l = ctx.labels
  const decided = b.state === 'decided'
  // The style has the box; only every other decision in a row, or one in a list, needs more.
  const shifted = ctx.lastDecision?.shifted === false
  const box = {
    style: decided ? 'Decision' : 'ProposedDecision',
    ...(shifted ? decisionBox(b.state, true) : {}),
    indent: place.indent ? { left: place.indent + 200 } : undefined,
  }
  const label = { text: `${decided ? l.decision : l.proposal}: `, bold: true }
  const [first, ...rest] = b.blocks
  const lead = first?.type === 'paragraph'
  const elements: FileChild[] = [
    new TextParagraph(lead ? [label, ...inlineRuns(first.content)] : [label], box),
  ]
  for (const child of lead ? rest : b.blocks) {
    // A decision holds paragraphs only; anything else is kept, outside the box.
    if (child.type === 'paragraph') {
      elements.push(new TextParagraph(inlineRuns(child.content), box))
    } else elements.push(...blockElements(child, ctx, place))
  }
  if (decided) {
    elements.push(
      new TextParagraph([{ text: `(${decisionRecord(b, l)})` }], {
        ...box,
        style: 'DecisionRecord',
      }),
    )
  }
  ctx.lastDecision = { shifted }
  return elements
}

/**
 * One block of the referat as Word paragraphs: paragraphs with their runs, lists as Word lists
 * (nested lists one level deeper), a decision set off in a shaded box with its label and record,
 * and an action item as a paragraph with a check box, its text, who is responsible and when.
 */
export function blockElements(
  b: ReferatBlock,
  ctx: DocxContext,
  place: BlockPlace = TOP,
): FileChild[] {
  if (b.type === 'decision') return decision(b, ctx, place)
  ctx.lastDecision = null
  switch (b.type) {
    case 'paragraph':
      return [new TextParagraph(inlineRuns(b.content), { indent: indentOf(place) })]
    case 'list':
      return list(b, ctx, place)
    case 'actionItem':
      return [new TextParagraph(actionRuns(b, ctx.labels), { indent: indentOf(place) })]
  }
}
