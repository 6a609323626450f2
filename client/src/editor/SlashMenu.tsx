import { Icon } from '../components/Icon'
import { useI18n } from '../i18n/useI18n'
import { formatShortcut } from './formatShortcut'
import type { SlashItem } from './SlashItem'

export interface SlashMenuProps {
  items: readonly SlashItem[]
  selected: number
  onChoose: (item: SlashItem) => void
}

/**
 * The "/" menu. Focus stays in the editor (arrows, Enter and Escape are handled there), so the
 * list is announced through `aria-activedescendant` on the editor.
 */
export function SlashMenu({ items, selected, onChoose }: SlashMenuProps) {
  const { t } = useI18n()
  return (
    <div className="slash-menu" data-testid="slash-menu">
      {items.length === 0 ? (
        <p className="slash-menu-empty">{t.slashNoResults}</p>
      ) : (
        <ul role="listbox" id="slash-menu-list" aria-label={t.slashMenuLabel}>
          {items.map((item, index) => (
            <li
              key={item.id}
              id={`slash-option-${item.id}`}
              role="option"
              aria-selected={index === selected}
              className="slash-option"
              data-id={item.id}
              onMouseDown={(event) => {
                event.preventDefault()
                onChoose(item)
              }}
            >
              <span className="slash-option-icon">
                <Icon name={item.icon} size={18} />
              </span>
              <span className="slash-option-text">
                <span className="slash-option-label">{t[item.label]}</span>
                <span className="slash-option-hint">{t[item.hint]}</span>
              </span>
              {item.shortcut && (
                <kbd className="slash-option-shortcut">{formatShortcut(item.shortcut)}</kbd>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
