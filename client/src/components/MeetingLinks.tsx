import { MEETING_ROLES, type MeetingLinks as Links, type MeetingRole } from '@referat/shared'
import { useI18n } from '../i18n/useI18n'
import { CopyButton } from './CopyButton'
import { Icon } from './Icon'
import { roleLabel } from './roleLabel'

/** The three capability links of a meeting, each with a copy button and an "open" link. */
export function MeetingLinks({ links, title }: { links: Links; title: string }) {
  const { t } = useI18n()
  const hints: Record<MeetingRole, string> = {
    moderator: t.roleModeratorHint,
    secretary: t.roleSecretaryHint,
    viewer: t.roleViewerHint,
  }
  return (
    <div className="meeting-links" data-testid="meeting-links">
      <p className="meeting-links-intro">{t.linksIntro}</p>
      <ul aria-label={t.linksFor(title)}>
        {MEETING_ROLES.map((role) => (
          <li key={role} className="meeting-link">
            <div className="meeting-link-role">
              <strong>{roleLabel(role, t)}</strong>
              <span className="muted"> – {hints[role]}</span>
            </div>
            <div className="meeting-link-row">
              <a className="meeting-link-url" href={links[role]} data-testid={`link-${role}`}>
                {links[role]}
              </a>
              <CopyButton
                text={links[role]}
                label={`${t.copy}: ${roleLabel(role, t)}`}
                testId={`copy-link-${role}`}
              />
              <a
                className="button button-quiet button-small"
                href={links[role]}
                target="_blank"
                rel="noopener noreferrer"
                data-testid={`open-link-${role}`}
              >
                <Icon name="external" size={16} />
                {t.open}
                <span className="visually-hidden"> ({roleLabel(role, t)})</span>
              </a>
            </div>
          </li>
        ))}
      </ul>
    </div>
  )
}
