import type { FlowContext } from './createFlowContext'
import { pdfTheme } from './pdfTheme'

/**
 * Writes the footer of every page as a pagination artifact: `left` (shortened with "…" to fit)
 * and the page number ("side 2 av 5") on the right. Needs a document with buffered pages.
 */
export function drawPageFooters(
  doc: PDFKit.PDFDocument,
  ctx: FlowContext,
  left: string,
  pageOf: (page: number, pages: number) => string,
): void {
  const { margins, footerFromBottom } = pdfTheme
  const style = ctx.style('regular', pdfTheme.size.footer, pdfTheme.color.muted)
  const width = doc.page.width - margins.left - margins.right
  const { start, count } = doc.bufferedPageRange()
  for (let i = 0; i < count; i++) {
    doc.switchToPage(start + i)
    const y = doc.page.height - footerFromBottom
    const number = ctx.clean(pageOf(i + 1, count), style.face)
    const numberWidth = ctx.measure(number, style)
    let text = ctx.clean(left, style.face)
    const room = width - numberWidth - 24
    while (text.length > 1 && ctx.measure(text, style) > room) text = `${text.slice(0, -2)}…`
    doc.markContent('Artifact', { type: 'Pagination' })
    doc.font(style.face, style.size).fillColor(style.color)
    doc.text(text, margins.left, y, { lineBreak: false })
    doc.text(number, margins.left + width - numberWidth, y, { lineBreak: false })
    doc.endMarkedContent()
  }
}
