import { useId } from 'react'
import { CURRENT_ITEM_SHORTCUT } from '../editor/CurrentItemShortcut'
import { formatShortcut } from '../editor/formatShortcut'
import { useI18n } from '../i18n/useI18n'
import type { Messages } from '../i18n/nb'
import { useModalDialog } from './useModalDialog'

/** The editor's keys, as the toolbar and the schema bind them, with what each does. */
const shortcuts = (t: Messages): [keys: string, what: string][] => [
  ['/', t.shortcutsSlash],
  [formatShortcut('Mod-Shift-Enter'), t.insertItem],
  [formatShortcut('Mod-Alt-Enter'), t.insertSubItem],
  [formatShortcut('Mod-Alt-h'), t.insertSection],
  [formatShortcut('Alt-ArrowUp'), t.moveItemUp],
  [formatShortcut('Alt-ArrowDown'), t.moveItemDown],
  [formatShortcut('Mod-b'), t.bold],
  [formatShortcut('Mod-i'), t.italic],
  [formatShortcut('Mod-Shift-8'), t.bulletList],
  [formatShortcut('Mod-Shift-7'), t.orderedList],
  [formatShortcut('Mod-z'), t.undo],
  [formatShortcut('Mod-Shift-z'), t.redo],
  [formatShortcut(CURRENT_ITEM_SHORTCUT), t.shortcutsSetCurrent],
  ['?', t.shortcutsShow],
  [formatShortcut('Mod-/'), t.shortcutsShow],
]

/** The list of keyboard shortcuts (opened with ?, Ctrl+/ or the header's button). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const dialog = useModalDialog()
  return (
    <dialog
      ref={dialog}
      className="dialog shortcuts-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="shortcuts-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <h2 id={`${id}-title`} className="dialog-title">
        {t.shortcutsHeading}
      </h2>
      <p className="muted">{t.shortcutsIntro}</p>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t.shortcutsKeys}</th>
            <th scope="col">{t.shortcutsAction}</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts(t).map(([keys, what]) => (
            <tr key={keys}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>
          {t.close}
        </button>
      </div>
    </dialog>
  )
}
