import {
  createMeetingRequest,
  LANGUAGES,
  type CreateMeetingRequest,
  type CreateMeetingResponse,
  type Language,
  type MeetingTemplate,
} from '@referat/shared'
import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { ApiRequestError } from '../api/ApiRequestError'
import { createMeeting } from '../api/createMeeting'
import { todayIso } from '../format/todayIso'
import { dictionaries } from '../i18n/dictionaries'
import type { Messages } from '../i18n/nb'
import { useI18n } from '../i18n/useI18n'

const FIELDS = ['title', 'group', 'date', 'start', 'end', 'location', 'language', 'agenda'] as const
type Field = (typeof FIELDS)[number]
type FieldErrors = Partial<Record<Field | 'form', string>>

interface NewMeetingFormProps {
  token: string
  onCreated: (created: CreateMeetingResponse, title: string) => void
  /** Saved agendas to start from. */
  templates?: readonly MeetingTemplate[]
  onDeleteTemplate?: (template: MeetingTemplate) => void
}

const defaultAgenda = (lang: Language) => dictionaries[lang].defaultAgenda.join('\n')

const messageFor = (field: Field, t: Messages): string => {
  switch (field) {
    case 'title':
      return t.errTitle
    case 'date':
      return t.errDate
    case 'start':
    case 'end':
      return t.errTime
    case 'agenda':
      return t.errAgenda
    default:
      return t.errTooLong
  }
}

const isField = (value: unknown): value is Field => FIELDS.includes(value as Field)

/** The field a server validation message names ("title: must not be empty"), if any. */
const fieldNamedIn = (message: string): Field | undefined =>
  FIELDS.find((field) => new RegExp(`\\b${field}\\b`, 'i').test(message))

/**
 * Creates a meeting: its header and agenda (one item per line). Checks the input with the
 * shared request schema first, then shows what the server rejects, field by field.
 */
export function NewMeetingForm({
  token,
  onCreated,
  templates = [],
  onDeleteTemplate,
}: NewMeetingFormProps) {
  const { t, lang } = useI18n()
  const id = useId()
  const summary = useRef<HTMLDivElement>(null)
  const [title, setTitle] = useState('')
  const [group, setGroup] = useState('')
  const [date, setDate] = useState(todayIso)
  const [start, setStart] = useState('')
  const [end, setEnd] = useState('')
  const [location, setLocation] = useState('')
  const [language, setLanguage] = useState<Language>(lang)
  const [agenda, setAgenda] = useState(() => defaultAgenda(lang))
  const [errors, setErrors] = useState<FieldErrors>({})
  const [attempt, setAttempt] = useState(0)
  const [busy, setBusy] = useState(false)
  const [templateId, setTemplateId] = useState('')
  const template = templates.find((candidate) => candidate.id === templateId) ?? null

  // A template gives the agenda, and the group and title where they are still empty.
  const chooseTemplate = (id: string) => {
    setTemplateId(id)
    const chosen = templates.find((candidate) => candidate.id === id)
    if (!chosen) return
    setAgenda(chosen.agenda.join('\n'))
    if (!group.trim()) setGroup(chosen.group)
    if (!title.trim()) setTitle(chosen.name)
  }

  useEffect(() => {
    if (attempt > 0) summary.current?.focus()
  }, [attempt])

  const changeLanguage = (next: Language) => {
    // Swap the suggested agenda along with the language, unless it has been edited.
    if (agenda === defaultAgenda(language)) setAgenda(defaultAgenda(next))
    setLanguage(next)
  }

  const fail = (next: FieldErrors) => {
    setErrors(next)
    setAttempt((n) => n + 1)
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const request: CreateMeetingRequest = {
      title: title.trim(),
      group: group.trim(),
      date,
      start,
      end,
      location: location.trim(),
      language,
      agenda: agenda
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    }
    const checked = createMeetingRequest.safeParse(request)
    if (!checked.success) {
      const found: FieldErrors = {}
      for (const issue of checked.error.issues) {
        const field = issue.path[0]
        if (isField(field)) found[field] ??= messageFor(field, t)
      }
      fail(found)
      return
    }
    setBusy(true)
    try {
      const created = await createMeeting(token, request)
      setErrors({})
      onCreated(created, request.title)
    } catch (error) {
      if (!(error instanceof ApiRequestError)) fail({ form: String(error) })
      else if (error.code === 'network') fail({ form: t.errNetwork })
      else if (error.status === 401 || error.status === 403) fail({ form: t.errUnauthorized })
      else {
        const field = error.status === 400 ? fieldNamedIn(error.message) : undefined
        fail(
          field
            ? { [field]: `${messageFor(field, t)} (${error.message})` }
            : { form: error.message },
        )
      }
    } finally {
      setBusy(false)
    }
  }

  const describedBy = (field: Field, hint?: string) =>
    [hint, errors[field] ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') ||
    undefined

  const fieldError = (field: Field) =>
    errors[field] && (
      <p id={`${id}-${field}-error`} className="field-error">
        {errors[field]}
      </p>
    )

  const labels: Record<Field, string> = {
    title: t.fieldTitle,
    group: t.fieldGroup,
    date: t.fieldDate,
    start: t.fieldStart,
    end: t.fieldEnd,
    location: t.fieldLocation,
    language: t.fieldLanguage,
    agenda: t.fieldAgenda,
  }
  const errorList = Object.entries(errors) as [Field | 'form', string][]

  return (
    <form
      className="new-meeting-form"
      data-testid="new-meeting-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id={`${id}-heading`}>{t.newMeetingHeading}</h2>
      {errorList.length > 0 && (
        <div
          ref={summary}
          className="error-summary"
          role="alert"
          tabIndex={-1}
          data-testid="form-errors"
        >
          <p>{t.formHasErrors}</p>
          <ul>
            {errorList.map(([field, message]) => (
              <li key={field}>
                {field === 'form' ? (
                  message
                ) : (
                  <a href={`#${id}-${field}`}>
                    {labels[field]}: {message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {templates.length > 0 && (
        <div className="field template-field">
          <label htmlFor={`${id}-template`}>{t.templateField}</label>
          <div className="template-choice">
            <select
              id={`${id}-template`}
              value={templateId}
              data-testid="template-select"
              onChange={(event) => chooseTemplate(event.target.value)}
            >
              <option value="">{t.templateNone}</option>
              {templates.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.group ? `${candidate.name} (${candidate.group})` : candidate.name}
                </option>
              ))}
            </select>
            {template && onDeleteTemplate && (
              <button
                type="button"
                className="button button-quiet button-small"
                data-testid="btn-delete-template"
                onClick={() => {
                  setTemplateId('')
                  onDeleteTemplate(template)
                }}
              >
                {t.templateDelete}
              </button>
            )}
          </div>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-title`}>{t.fieldTitle}</label>
        <input
          id={`${id}-title`}
          name="title"
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          placeholder={t.titlePlaceholder}
          aria-required="true"
          aria-invalid={Boolean(errors.title) || undefined}
          aria-describedby={describedBy('title')}
          maxLength={300}
        />
        {fieldError('title')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-group`}>{t.fieldGroup}</label>
        <input
          id={`${id}-group`}
          name="group"
          value={group}
          onChange={(event) => setGroup(event.target.value)}
          placeholder={t.groupPlaceholder}
          aria-invalid={Boolean(errors.group) || undefined}
          aria-describedby={describedBy('group')}
          maxLength={200}
        />
        {fieldError('group')}
      </div>
      <div className="field-row">
        <div className="field field-date">
          <label htmlFor={`${id}-date`}>{t.fieldDate}</label>
          <input
            id={`${id}-date`}
            name="date"
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            aria-required="true"
            aria-invalid={Boolean(errors.date) || undefined}
            aria-describedby={describedBy('date')}
          />
          {fieldError('date')}
        </div>
        <div className="field field-time">
          <label htmlFor={`${id}-start`}>{t.fieldStart}</label>
          <input
            id={`${id}-start`}
            name="start"
            type="time"
            value={start}
            onChange={(event) => setStart(event.target.value)}
            aria-invalid={Boolean(errors.start) || undefined}
            aria-describedby={describedBy('start')}
          />
          {fieldError('start')}
        </div>
        <div className="field field-time">
          <label htmlFor={`${id}-end`}>{t.fieldEnd}</label>
          <input
            id={`${id}-end`}
            name="end"
            type="time"
            value={end}
            onChange={(event) => setEnd(event.target.value)}
            aria-invalid={Boolean(errors.end) || undefined}
            aria-describedby={describedBy('end')}
          />
          {fieldError('end')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-location`}>{t.fieldLocation}</label>
        <input
          id={`${id}-location`}
          name="location"
          value={location}
          onChange={(event) => setLocation(event.target.value)}
          placeholder={t.locationPlaceholder}
          aria-invalid={Boolean(errors.location) || undefined}
          aria-describedby={describedBy('location')}
          maxLength={300}
        />
        {fieldError('location')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-language`}>{t.fieldLanguage}</label>
        <select
          id={`${id}-language`}
          name="language"
          value={language}
          onChange={(event) =>
            changeLanguage(LANGUAGES.find((code) => code === event.target.value) ?? 'nb')
          }
        >
          <option value="nb" lang="nb">
            {t.languageNb}
          </option>
          <option value="nn" lang="nn">
            {t.languageNn}
          </option>
          <option value="en" lang="en">
            {t.languageEn}
          </option>
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-agenda`}>{t.fieldAgenda}</label>
        <p id={`${id}-agenda-hint`} className="field-hint">
          {t.fieldAgendaHint}
        </p>
        <textarea
          id={`${id}-agenda`}
          name="agenda"
          rows={6}
          value={agenda}
          onChange={(event) => setAgenda(event.target.value)}
          aria-invalid={Boolean(errors.agenda) || undefined}
          aria-describedby={describedBy('agenda', `${id}-agenda-hint`)}
        />
        {fieldError('agenda')}
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={busy}
          data-testid="btn-create-meeting"
        >
          {busy ? t.creatingMeeting : t.createMeeting}
        </button>
      </div>
    </form>
  )
}
