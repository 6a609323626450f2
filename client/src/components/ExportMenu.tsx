import { useI18n } from '../i18n/useI18n'

const FORMATS = ['md', 'html', 'txt'] as const

interface ExportMenuProps {
  meetingId: string
  token: string
}

/** Downloads of the referat in every export format the server offers. */
export function ExportMenu({ meetingId, token }: ExportMenuProps) {
  const { t } = useI18n()
  const labels = { md: t.exportMarkdown, html: t.exportHtml, txt: t.exportText }
  return (
    <details className="export-menu" data-testid="export-menu">
      <summary className="button button-quiet button-small">{t.exportMenu}</summary>
      <ul className="export-menu-list">
        {FORMATS.map((format) => (
          <li key={format}>
            <a
              href={`/api/meetings/${encodeURIComponent(meetingId)}/export?format=${format}&token=${encodeURIComponent(token)}`}
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
