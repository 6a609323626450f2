import { actionDetails, decisionRecord, type ReferatBlock } from '@referat/shared'
import type { FlowContext } from './createFlowContext'
import type { FlowItem, TextRun } from './FlowItem'
import { layoutLines } from './layoutLines'
import { pdfTheme } from './pdfTheme'
import { joinBlocks } from './joinBlocks'
import { lineHeightOf, textBlock } from './textBlock'
import { inlineRuns, textRun } from './textRuns'

type Block<T extends ReferatBlock['type']> = Extract<ReferatBlock, { type: T }>

const { color } = pdfTheme
const size = pdfTheme.size.body
const BULLETS = ['•', '◦', '▪']

function listFlow(
  ctx: FlowContext,
  list: Block<'list'>,
  x: number,
  width: number,
  depth: number,
): FlowItem[] {
  const labels = list.items.map((_, i) =>
    textRun(ctx, list.ordered ? `${list.start + i}.` : (BULLETS[depth % BULLETS.length] ?? '•'), {
      size,
      color: list.ordered ? color.text : color.muted,
    }),
  )
  const widest = Math.max(0, ...labels.map((run) => ctx.measure(run.text, run.style)))
  const indent = Math.max(pdfTheme.listIndent, widest + 6)
  const items: FlowItem[] = [{ kind: 'open', type: 'L' }]
  list.items.forEach((blocks, i) => {
    if (i > 0) items.push({ kind: 'space', height: pdfTheme.listItemGap })
    const body = blocksFlow(ctx, blocks, x + indent, width - indent, depth + 1)
    const beside = body.some((item) => item.kind === 'line')
    const last = body.findLast((item) => item.kind === 'line')
    // Like the lines of a paragraph: neither the first item nor the last alone on a page.
    const count = list.items.length
    if (last && count > 1 && (i === 0 || i === count - 2)) last.keepWithNext = true
    const label = layoutLines([labels[i] as TextRun], indent, lineHeightOf(size), ctx.measure)
    items.push(
      { kind: 'open', type: 'LI' },
      { kind: 'open', type: 'Lbl' },
      ...label.map((line): FlowItem => ({
        kind: 'line',
        x,
        line,
        keepWithNext: true,
        inline: beside,
      })),
      { kind: 'close' },
      { kind: 'open', type: 'LBody' },
      ...body,
      { kind: 'close' },
      { kind: 'close' },
    )
  })
  items.push({ kind: 'close' })
  return items
}

function decisionFlow(
  ctx: FlowContext,
  decision: Block<'decision'>,
  x: number,
  width: number,
  depth: number,
): FlowItem[] {
  const l = ctx.labels
  const decided = decision.state === 'decided'
  const title = decided ? l.decision : l.proposal
  const accent = decided ? color.decided : color.proposed
  const inner = x + pdfTheme.decisionIndent
  const innerWidth = width - pdfTheme.decisionIndent
  const label = textRun(ctx, `${title}: `, { size, bold: true, color: accent })
  const [first, ...rest] = decision.blocks
  const opening =
    first?.type === 'paragraph' ? [label, ...inlineRuns(ctx, first.content, { size })] : [label]
  const blocks = first?.type === 'paragraph' ? rest : decision.blocks
  const body = [
    textBlock(ctx, 'P', opening, inner, innerWidth),
    ...blocks.map((block) => blockFlow(ctx, block, inner, innerWidth, depth)),
  ]
  if (decided) {
    const run = textRun(ctx, decisionRecord(decision, l), {
      size,
      italic: true,
      color: color.muted,
    })
    body.push(textBlock(ctx, 'P', [run], inner, innerWidth))
  }
  return [
    {
      kind: 'open',
      type: 'Div',
      options: { title },
      keepTogether: true,
      bar: { x, color: accent },
    },
    ...joinBlocks(body, pdfTheme.paragraphGap / 2),
    { kind: 'close' },
  ]
}

function actionItemFlow(
  ctx: FlowContext,
  action: Block<'actionItem'>,
  x: number,
  width: number,
): FlowItem[] {
  const l = ctx.labels
  const details = actionDetails(action, l)
  const runs = [
    textRun(ctx, `${l.followUp}: `, { size, bold: true }),
    ...inlineRuns(ctx, action.content, { size }),
  ]
  if (details.length > 0) {
    runs.push(textRun(ctx, ` (${details.join(', ')})`, { size, italic: true, color: color.muted }))
  }
  return textBlock(ctx, 'P', runs, x, width)
}

/** One block of a referat as flow items, starting at `x` and at most `width` wide. */
export function blockFlow(
  ctx: FlowContext,
  block: ReferatBlock,
  x: number,
  width: number,
  depth = 0,
): FlowItem[] {
  switch (block.type) {
    case 'paragraph':
      return textBlock(ctx, 'P', inlineRuns(ctx, block.content, { size }), x, width)
    case 'list':
      return listFlow(ctx, block, x, width, depth)
    case 'decision':
      return decisionFlow(ctx, block, x, width, depth)
    case 'actionItem':
      return actionItemFlow(ctx, block, x, width)
  }
}

/** Blocks one below the other with the paragraph gap between them. */
export function blocksFlow(
  ctx: FlowContext,
  blocks: readonly ReferatBlock[],
  x: number,
  width: number,
  depth = 0,
): FlowItem[] {
  return joinBlocks(
    blocks.map((block) => blockFlow(ctx, block, x, width, depth)),
    pdfTheme.paragraphGap,
  )
}
