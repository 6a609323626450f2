import type { Presence } from '../collab/Presence'
import { useI18n } from '../i18n/useI18n'
import { roleLabel } from './roleLabel'
import { usePresenceAnnouncement } from './usePresenceAnnouncement'

interface PresenceListProps {
  people: readonly Presence[]
  /** Opens the name dialog; offered next to one's own name (not for a personal link). */
  onRename?: () => void
}

/** Who has the meeting open right now, each with their caret colour and role. */
export function PresenceList({ people, onRename }: PresenceListProps) {
  const { t } = useI18n()
  const announcement = usePresenceAnnouncement(people)
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <p className="visually-hidden" aria-live="polite" data-testid="presence-announcement">
        {announcement}
      </p>
      <h2 id="presence-heading" className="sidebar-heading">
        {t.presenceHeading} <span className="count">({people.length})</span>
      </h2>
      <ul className="presence-list" data-testid="presence-list">
        {people.map((person) => (
          <li
            key={person.clientId}
            className="presence-person"
            data-self={person.isSelf || undefined}
            data-role={person.role}
          >
            <span
              className="presence-dot"
              style={{ backgroundColor: person.color }}
              aria-hidden="true"
            />
            <span className="presence-name">
              {person.name}
              {person.isSelf && <span className="muted"> ({t.presenceYou})</span>}
            </span>
            <span className="presence-role">{roleLabel(person.role, t)}</span>
            {person.isSelf && onRename && (
              <button
                type="button"
                className="button button-quiet button-tiny"
                onClick={onRename}
                data-testid="btn-change-name"
              >
                {t.changeName}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
