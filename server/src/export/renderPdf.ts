import { exportLabels, localeOf, type Language, type Referat } from '@referat/shared'
import PDFDocument from 'pdfkit'
import { createFlowContext } from './pdf/createFlowContext'
import { drawPageFooters } from './pdf/drawPageFooters'
import { escapeXmpInfo } from './pdf/escapeXmpInfo'
import { paginate } from './pdf/paginate'
import { PdfCanvas } from './pdf/PdfCanvas'
import { pdfTheme } from './pdf/pdfTheme'
import { referatFlow } from './pdf/referatFlow'
import { registerDejaVuFonts } from './pdf/registerDejaVuFonts'

const PAGE_OF: Record<Language, (page: number, pages: number) => string> = {
  nb: (page, pages) => `side ${page} av ${pages}`,
  nn: (page, pages) => `side ${page} av ${pages}`,
  en: (page, pages) => `page ${page} of ${pages}`,
}

/**
 * The referat as an A4 PDF for the archive: PDF/A-2a (tagged, every font embedded, XMP metadata,
 * sRGB output intent) in the meeting's language, with the same content as the HTML export,
 * DejaVu Sans for all text, and "side N av M" in the footer of every page.
 */
export async function renderPdf(referat: Referat): Promise<Buffer> {
  const { meta } = referat
  const labels = exportLabels[meta.language]
  const title = `${labels.referat}: ${meta.title}`
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: localeOf(meta.language),
    displayTitle: true,
    info: { Title: title, Creator: 'Referat', ...(meta.group ? { Author: meta.group } : {}) },
    size: 'A4',
    margins: pdfTheme.margins,
    autoFirstPage: false,
    bufferPages: true,
    // No default font: pdfkit would otherwise load Helvetica, which PDF/A cannot use unembedded.
    font: '',
  })
  escapeXmpInfo(doc)
  const chunks: Buffer[] = []
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const fonts = registerDejaVuFonts(doc)
  doc.addPage()
  const canvas = new PdfCanvas(doc)
  const ctx = createFlowContext(doc, fonts, labels, canvas.width)
  const root = doc.struct('Document', { title })
  doc.addStructure(root)
  paginate(referatFlow(ctx, referat), canvas, root)
  root.end()
  const footer = meta.status === 'final' ? title : `${labels.draft} – ${title}`
  drawPageFooters(doc, ctx, footer, PAGE_OF[meta.language])
  doc.end()
  return finished
}
