import { isSafeHref, type ReferatInline } from '@referat/shared'
import type { FlowContext } from './createFlowContext'
import type { LinkTarget, StyledRun, TextRun } from './FlowItem'
import type { FontFace } from './loadDejaVuFonts'
import { pdfTheme } from './pdfTheme'

const { color } = pdfTheme

/** How runs look: the face follows bold and italic; size and colour as given. */
export interface RunStyle {
  size: number
  color?: string
  bold?: boolean
  italic?: boolean
}

function faceOf(bold?: boolean, italic?: boolean): FontFace {
  if (bold) return italic ? 'boldItalic' : 'bold'
  return italic ? 'italic' : 'regular'
}

/** Plain text as one run. */
export function textRun(ctx: FlowContext, text: string, style: RunStyle): TextRun {
  const face = faceOf(style.bold, style.italic)
  return {
    text: ctx.clean(text, face),
    style: ctx.style(face, style.size, style.color ?? color.text),
  }
}

/**
 * The runs of a referat paragraph, with its bold, italic and line breaks; links (http, https and
 * mailto only, like the HTML export) are blue and underlined.
 */
export function inlineRuns(
  ctx: FlowContext,
  inlines: readonly ReferatInline[],
  base: RunStyle,
): StyledRun[] {
  const runs: StyledRun[] = []
  let link: LinkTarget | undefined
  for (const inline of inlines) {
    if ('lineBreak' in inline) {
      runs.push(inline)
      link = undefined
      continue
    }
    const face = faceOf(base.bold || inline.bold, base.italic || inline.italic)
    const href = inline.href && isSafeHref(inline.href) ? inline.href.trim() : undefined
    if (!href) link = undefined
    else if (link?.href !== href) link = { href }
    const style = href
      ? ctx.style(face, base.size, color.link, true)
      : ctx.style(face, base.size, base.color ?? color.text)
    runs.push({ text: ctx.clean(inline.text, face), style, ...(link ? { link } : {}) })
  }
  return runs
}
