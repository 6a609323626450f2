import { Icon, type IconName } from '../components/Icon'
import { formatShortcut } from './formatShortcut'

interface ToolbarButtonProps {
  label: string
  icon?: IconName
  /** Text shown on the button instead of (or beside, with `showLabel`) an icon. */
  glyph?: string
  showLabel?: boolean
  /** Tiptap key binding, shown in the title and announced via `aria-keyshortcuts`. */
  shortcut?: string
  /** For toggles (bold, lists): whether it is on. */
  pressed?: boolean
  disabled?: boolean
  testId?: string
  onClick: () => void
}

/** One button of the editor toolbar. Mouse clicks keep the editor's selection. */
export function ToolbarButton({
  label,
  icon,
  glyph,
  showLabel = false,
  shortcut,
  pressed,
  disabled = false,
  testId,
  onClick,
}: ToolbarButtonProps) {
  const keys = shortcut ? formatShortcut(shortcut) : undefined
  return (
    <button
      type="button"
      className={`toolbar-button${showLabel ? ' has-label' : ''}`}
      title={keys ? `${label} (${keys})` : label}
      aria-label={showLabel ? undefined : label}
      aria-keyshortcuts={shortcut?.replace('Mod', 'Control')?.replaceAll('-', '+')}
      aria-pressed={pressed}
      disabled={disabled}
      data-testid={testId}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {icon && <Icon name={icon} />}
      {glyph && (
        <span className="toolbar-glyph" aria-hidden="true">
          {glyph}
        </span>
      )}
      {showLabel && <span className="toolbar-label">{label}</span>}
    </button>
  )
}
