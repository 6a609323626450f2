import { useI18n } from '../i18n/useI18n'

const FORMATS = ['docx', 'pdf', 'html', 'md', 'txt'] as const

interface ExportMenuProps {
  meetingId: string
  token: string
  /** A finalized version to export instead of the meeting as it is now. */
  version?: number
}

/** Downloads of the referat in every export format the server offers. */
export function ExportMenu({ meetingId, token, version }: ExportMenuProps) {
  const { t } = useI18n()
  const labels = {
    docx: t.exportDocx,
    pdf: t.exportPdf,
    html: t.exportHtml,
    md: t.exportMarkdown,
    txt: t.exportText,
  }
  const query = (format: string) => {
    const params = new URLSearchParams({ format, token })
    if (version !== undefined) params.set('version', String(version))
    return params.toString()
  }
  return (
    <details className="export-menu" data-testid="export-menu">
      <summary className="button button-quiet button-small">{t.exportMenu}</summary>
      <ul className="export-menu-list">
        {FORMATS.map((format) => (
          <li key={format}>
            <a
              href={`/api/meetings/${encodeURIComponent(meetingId)}/export?${query(format)}`}
              download
              data-testid={`export-${format}`}
            >
              {labels[format]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  )
}
