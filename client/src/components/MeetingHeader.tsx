import { writeMeta, type MeetingMeta } from '@referat/shared'
import { useId } from 'react'
import type { MeetingConnection } from '../collab/MeetingConnection'
import { useValueStore } from '../collab/useValueStore'
import { formatDate } from '../format/formatDate'
import { formatTimeRange } from '../format/formatTimeRange'
import { useI18n } from '../i18n/useI18n'
import { MetaInput } from './MetaInput'
import { MetaTitleInput } from './MetaTitleInput'
import { NumberingControl } from './NumberingControl'
import { StatusBadge } from './StatusBadge'

type TextField = 'title' | 'group' | 'date' | 'start' | 'end' | 'location'

/**
 * The meeting's header (title, group, date, time, location), edited live by everyone who may
 * edit: each input writes its field of the shared `meta` map as it changes, and shows what
 * others write. Viewers see plain text.
 */
export function MeetingHeader({
  connection,
  editable,
}: {
  connection: MeetingConnection
  editable: boolean
}) {
  const { t, lang } = useI18n()
  const id = useId()
  const { meta, raw } = useValueStore(connection.meta)
  const text = (field: TextField) => {
    const value = raw[field]
    return typeof value === 'string' ? value : ''
  }
  const write = (fields: Partial<MeetingMeta>) => writeMeta(connection.doc, fields)

  if (!editable) {
    const time = formatTimeRange(meta.start, meta.end)
    return (
      <header className="meeting-header" data-testid="meeting-header">
        <div className="meeting-header-top">
          <h1 className="meeting-title" data-testid="meta-title" lang={meta.language}>
            {meta.title}
          </h1>
          <StatusBadge status={meta.status} />
        </div>
        <dl className="meeting-facts">
          {meta.group && (
            <div>
              <dt>{t.fieldGroup}</dt>
              <dd data-testid="meta-group" lang={meta.language}>
                {meta.group}
              </dd>
            </div>
          )}
          <div>
            <dt>{t.fieldDate}</dt>
            <dd data-testid="meta-date">
              <time dateTime={meta.date}>{formatDate(meta.date, lang)}</time>
            </dd>
          </div>
          {time && (
            <div>
              <dt>{t.fieldTime}</dt>
              <dd>
                <span data-testid="meta-start">{meta.start}</span>
                {meta.start && meta.end && '–'}
                <span data-testid="meta-end">{meta.end}</span>
              </dd>
            </div>
          )}
          {meta.location && (
            <div>
              <dt>{t.fieldLocation}</dt>
              <dd data-testid="meta-location" lang={meta.language}>
                {meta.location}
              </dd>
            </div>
          )}
        </dl>
      </header>
    )
  }

  return (
    <header className="meeting-header is-editable" data-testid="meeting-header">
      <div className="meeting-header-top">
        <MetaTitleInput
          id={`${id}-title`}
          label={t.fieldTitle}
          value={text('title')}
          placeholder={t.untitled}
          lang={meta.language}
          onValue={(title) => write({ title })}
        />
        <StatusBadge status={meta.status} />
      </div>
      <div className="meeting-fields">
        <MetaInput
          id={`${id}-group`}
          className="meta-group"
          label={t.fieldGroup}
          value={text('group')}
          onValue={(group) => write({ group })}
          maxLength={200}
          data-testid="meta-group"
          lang={meta.language}
        />
        <MetaInput
          id={`${id}-date`}
          className="meta-date"
          label={t.fieldDate}
          type="date"
          required
          value={text('date')}
          // The date is required: clearing the input keeps the stored date.
          onValue={(date) => date && write({ date })}
          data-testid="meta-date"
        />
        <MetaInput
          id={`${id}-start`}
          className="meta-time"
          label={t.fieldStart}
          type="time"
          value={text('start')}
          onValue={(start) => write({ start })}
          data-testid="meta-start"
        />
        <MetaInput
          id={`${id}-end`}
          className="meta-time"
          label={t.fieldEnd}
          type="time"
          value={text('end')}
          onValue={(end) => write({ end })}
          data-testid="meta-end"
        />
        <MetaInput
          id={`${id}-location`}
          className="meta-location"
          label={t.fieldLocation}
          value={text('location')}
          onValue={(location) => write({ location })}
          maxLength={300}
          data-testid="meta-location"
          lang={meta.language}
        />
        <NumberingControl connection={connection} />
      </div>
    </header>
  )
}
