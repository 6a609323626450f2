import { escapeHtml } from '@referat/shared'

/** The part of pdfkit's document that writes the XMP copy of the document info. */
interface InfoWriter {
  info: Record<string, unknown>
  _addInfo(): void
}

/**
 * Makes pdfkit escape the document info (title, author) where it copies it into the XMP
 * metadata: pdfkit inserts the text as it is, so a title with `&` or `<` would make the XMP
 * invalid XML and the file no longer PDF/A. The info dictionary keeps the text unchanged.
 */
export function escapeXmpInfo(doc: PDFKit.PDFDocument): void {
  const writer = doc as unknown as InfoWriter
  const addInfo = writer._addInfo
  writer._addInfo = function (this: InfoWriter) {
    const info = this.info
    this.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [
        key,
        typeof value === 'string' ? escapeHtml(value) : value,
      ]),
    )
    try {
      addInfo.call(this)
    } finally {
      this.info = info
    }
  }
}
