import type { FlowContext } from './createFlowContext'
import type { FlowItem, StyledRun } from './FlowItem'
import { layoutLines } from './layoutLines'
import { pdfTheme } from './pdfTheme'
import { lineHeightOf } from './textBlock'
import { textRun } from './textRuns'

/**
 * A table over the full width: a bold header row and rows of cells (runs of text, wrapped inside
 * their cell), the columns sized by `fractions` of the width.
 */
export function tableFlow(
  ctx: FlowContext,
  header: readonly string[],
  rows: readonly (readonly StyledRun[])[][],
  fractions: readonly number[],
): FlowItem {
  const size = pdfTheme.size.table
  const lineHeight = lineHeightOf(size)
  const total = fractions.reduce((sum, f) => sum + f, 0)
  let x = 0
  const columns = fractions.map((fraction) => {
    const width = (ctx.width * fraction) / total
    const column = { x, width }
    x += width
    return column
  })
  const cell = (runs: readonly StyledRun[], i: number) => {
    const width = (columns[i]?.width ?? 0) - 2 * pdfTheme.cellPadding
    return { lines: layoutLines(runs, width, lineHeight, ctx.measure) }
  }
  return {
    kind: 'table',
    table: {
      columns,
      header: header.map((text, i) => cell([textRun(ctx, text, { size, bold: true })], i)),
      rows: rows.map((cells) => cells.map(cell)),
      lineHeight,
    },
  }
}
