import type { FlowContext } from './createFlowContext'
import type { FlowItem, Line, StructOptions, StyledRun } from './FlowItem'
import { layoutLines } from './layoutLines'
import { pdfTheme } from './pdfTheme'

/** Line height for text of `size`. */
export function lineHeightOf(size: number): number {
  return size * pdfTheme.lineHeight
}

/** Lines of a paragraph that keep a lone first or last line from being left on its own page. */
function paragraphLines(lines: readonly Line[], x: number, keepLast: boolean): FlowItem[] {
  return lines.map((line, i) => ({
    kind: 'line',
    x,
    line,
    keepWithNext: (i === 0 && lines.length > 1) || i === lines.length - 2 || keepLast,
  }))
}

/**
 * A tagged block of text (`P`, `H1`…): the element opened, its lines, closed; nothing when the
 * runs hold no text. With `keepWithNext` its last line stays on the page of what follows.
 */
export function textBlock(
  ctx: FlowContext,
  type: string,
  runs: readonly StyledRun[],
  x: number,
  width: number,
  options: { keepWithNext?: boolean; struct?: StructOptions } = {},
): FlowItem[] {
  const size = runs.reduce((max, run) => ('style' in run ? Math.max(max, run.style.size) : max), 0)
  const lines = layoutLines(runs, width, lineHeightOf(size || pdfTheme.size.body), ctx.measure)
  if (lines.length === 0) return []
  return [
    { kind: 'open', type, ...(options.struct ? { options: options.struct } : {}) },
    ...paragraphLines(lines, x, options.keepWithNext ?? false),
    { kind: 'close' },
  ]
}
