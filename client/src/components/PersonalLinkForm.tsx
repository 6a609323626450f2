import { MEETING_ROLES, type MeetingRole } from '@referat/shared'
import { useId, useState, type FormEvent } from 'react'
import { createPersonalLink } from '../api/createPersonalLink'
import { useI18n } from '../i18n/useI18n'
import { CopyButton } from './CopyButton'
import { roleLabel } from './roleLabel'

interface PersonalLinkFormProps {
  meetingId: string
  /** The organizer's (or moderator's) token. */
  token: string
}

/** Makes a personal link: one person's name bound to a role, shown to everyone as that name. */
export function PersonalLinkForm({ meetingId, token }: PersonalLinkFormProps) {
  const { t } = useI18n()
  const id = useId()
  const [name, setName] = useState('')
  const [role, setRole] = useState<MeetingRole>('secretary')
  const [state, setState] = useState<
    { status: 'idle' | 'busy' | 'failed' } | { status: 'done'; link: string; name: string }
  >({ status: 'idle' })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const person = name.trim()
    if (!person) return
    setState({ status: 'busy' })
    createPersonalLink(meetingId, token, { role, name: person }).then(
      ({ link }) => setState({ status: 'done', link, name: person }),
      () => setState({ status: 'failed' }),
    )
  }
  return (
    <form className="personal-link-form" onSubmit={submit} data-testid="personal-link-form">
      <p className="muted">{t.personalLinkIntro}</p>
      <div className="personal-link-fields">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t.personalLinkName}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={100}
            required
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t.personalLinkRole}</label>
          <select
            id={`${id}-role`}
            value={role}
            onChange={(event) => setRole(event.target.value as MeetingRole)}
          >
            {MEETING_ROLES.map((option) => (
              <option key={option} value={option}>
                {roleLabel(option, t)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="button button-secondary button-small"
          disabled={state.status === 'busy'}
        >
          {t.personalLinkCreate}
        </button>
      </div>
      <div role="status">
        {state.status === 'failed' && <p className="field-error">{t.personalLinkFailed}</p>}
        {state.status === 'done' && (
          <div className="meeting-link-row">
            <a className="meeting-link-url" href={state.link} data-testid="personal-link">
              {state.link}
            </a>
            <CopyButton text={state.link} label={`${t.copy}: ${state.name}`} />
          </div>
        )}
      </div>
    </form>
  )
}
