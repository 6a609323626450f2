import {
  renderHtml,
  renderMarkdown,
  renderText,
  type MeetingMeta,
  type Referat,
} from '@referat/shared'

// Word and PDF load their libraries (docx, pdfkit, fonts) on first use, not with the server.
const renderDocx = async (referat: Referat) => (await import('./renderDocx')).renderDocx(referat)
const renderPdf = async (referat: Referat) => (await import('./renderPdf')).renderPdf(referat)

interface ExportFormatSpec {
  /** Content type of the file. */
  type: string
  ending: string
  render(referat: Referat): string | Buffer | Promise<string | Buffer>
}

/** Every export format, with its content type, file ending and renderer. */
export const EXPORT_FORMATS = {
  docx: {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ending: 'docx',
    render: renderDocx,
  },
  pdf: { type: 'application/pdf', ending: 'pdf', render: renderPdf },
  html: { type: 'text/html; charset=utf-8', ending: 'html', render: renderHtml },
  md: { type: 'text/markdown; charset=utf-8', ending: 'md', render: renderMarkdown },
  txt: { type: 'text/plain; charset=utf-8', ending: 'txt', render: renderText },
} as const satisfies Record<string, ExportFormatSpec>

export type ExportFormat = keyof typeof EXPORT_FORMATS

export const isExportFormat = (value: string): value is ExportFormat =>
  Object.hasOwn(EXPORT_FORMATS, value)

/** A file name for an export: the meeting's date and title in ASCII, safe in a header. */
export function exportFileName(meta: Pick<MeetingMeta, 'date' | 'title'>, ending: string): string {
  const slug = meta.title
    .replace(/[æÆ]/g, 'ae')
    .replace(/[øØ]/g, 'o')
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 60)
  return `referat-${meta.date}${slug ? `-${slug}` : ''}.${ending}`
}

/** Renders a referat in `format`, as bytes. */
export async function renderExport(format: ExportFormat, referat: Referat): Promise<Buffer> {
  const output = await EXPORT_FORMATS[format].render(referat)
  return typeof output === 'string' ? Buffer.from(output, 'utf8') : output
}
