import type { MeetingSummary } from '@referat/shared'
import { useId, useState } from 'react'
import { formatDate } from '../format/formatDate'
import { formatTimeRange } from '../format/formatTimeRange'
import { useI18n } from '../i18n/useI18n'
import { MeetingLinks } from './MeetingLinks'
import { PersonalLinkForm } from './PersonalLinkForm'
import { RenewLinks } from './RenewLinks'
import { StatusBadge } from './StatusBadge'

/** One meeting in the organizer's list, with its links (and "new links") behind a toggle. */
export function MeetingListItem({
  meeting,
  token,
  onSaveTemplate,
}: {
  meeting: MeetingSummary
  token: string
  /** Saves the meeting's agenda as a template named after it; resolves with the name. */
  onSaveTemplate?: (meeting: MeetingSummary) => Promise<string>
}) {
  const { t, lang } = useI18n()
  const [showLinks, setShowLinks] = useState(false)
  const [templateNote, setTemplateNote] = useState<{ ok: boolean; text: string } | null>(null)
  const [links, setLinks] = useState(meeting.links)
  const linksId = useId()
  const time = formatTimeRange(meeting.start, meeting.end)
  const href = links?.secretary
  return (
    <li className="meeting-item" data-meeting-id={meeting.id}>
      <div className="meeting-item-main">
        <h3 className="meeting-item-title">
          {href ? <a href={href}>{meeting.title}</a> : meeting.title}
        </h3>
        <StatusBadge status={meeting.status} />
      </div>
      <p className="meeting-item-details">
        {meeting.group && <span className="meeting-item-group">{meeting.group}</span>}
        <span>
          <time dateTime={meeting.date}>{formatDate(meeting.date, lang)}</time>
          {time && <>, {time}</>}
          {meeting.location && <> · {meeting.location}</>}
        </span>
      </p>
      {links && (
        <>
          <button
            type="button"
            className="button button-quiet button-small meeting-item-toggle"
            aria-expanded={showLinks}
            aria-controls={linksId}
            onClick={() => setShowLinks((shown) => !shown)}
          >
            {showLinks ? t.hideLinks : t.showLinks}
          </button>
          {onSaveTemplate && (
            <button
              type="button"
              className="button button-quiet button-small"
              data-testid="btn-save-template"
              onClick={() => {
                onSaveTemplate(meeting).then(
                  (name) => setTemplateNote({ ok: true, text: t.templateSaved(name) }),
                  () => setTemplateNote({ ok: false, text: t.templateSaveFailed }),
                )
              }}
            >
              {t.templateSave}
            </button>
          )}
          <p className="muted meeting-item-note" role="status">
            {templateNote?.text}
          </p>
          <div id={linksId} hidden={!showLinks}>
            {showLinks && (
              <>
                <MeetingLinks links={links} title={meeting.title} />
                <PersonalLinkForm key={links.viewer} meetingId={meeting.id} token={token} />
                <RenewLinks meetingId={meeting.id} token={token} onRenewed={setLinks} />
              </>
            )}
          </div>
        </>
      )}
    </li>
  )
}
