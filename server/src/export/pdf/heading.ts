import type { FlowContext } from './createFlowContext'
import type { FlowItem } from './FlowItem'
import { pdfTheme } from './pdfTheme'
import { textBlock } from './textBlock'
import { textRun } from './textRuns'

/**
 * A heading of `level` (1–6, `H1`…`H6`) from `x` to the right margin, kept on the page of what
 * follows it; level 2 is underlined by a rule like the HTML export's section headings.
 */
export function heading(ctx: FlowContext, level: number, text: string, x = 0): FlowItem[] {
  const depth = Math.min(Math.max(level, 1), 6)
  const size = depth === 1 ? pdfTheme.size.title : (pdfTheme.size.heading[depth - 2] ?? 10.5)
  const space = depth === 1 ? 0 : (pdfTheme.headingSpace[Math.min(depth - 2, 3)] ?? 8)
  const runs = [textRun(ctx, text, { size, bold: true })]
  const items: FlowItem[] = [
    { kind: 'space', height: space },
    ...textBlock(ctx, `H${depth}`, runs, x, ctx.width - x, { keepWithNext: true }),
  ]
  if (depth === 2) {
    items.push({ kind: 'rule', x, width: ctx.width - x, color: pdfTheme.color.rule, height: 4 })
  }
  items.push({ kind: 'space', height: depth === 1 ? 6 : 4 })
  return items
}
