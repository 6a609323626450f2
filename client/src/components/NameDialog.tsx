import { useId, useState, type FormEvent } from 'react'
import { useI18n } from '../i18n/useI18n'
import { useModalDialog } from './useModalDialog'

interface NameDialogProps {
  /** Prefilled, so Enter (or Escape) accepts a sensible name. */
  initialName: string
  onSave: (name: string) => void
}

/** Asks for the name shown to others at one's caret and in the presence list. */
export function NameDialog({ initialName, onSave }: NameDialogProps) {
  const { t } = useI18n()
  const id = useId()
  const dialog = useModalDialog()
  const [name, setName] = useState(initialName)

  const save = (event?: FormEvent) => {
    event?.preventDefault()
    onSave(name.trim() || initialName)
  }

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-testid="name-dialog"
      onCancel={(event) => {
        event.preventDefault()
        save()
      }}
    >
      <form onSubmit={save}>
        <h2 id={`${id}-title`} className="dialog-title">
          {t.nameDialogTitle}
        </h2>
        <p id={`${id}-body`} className="muted">
          {t.nameDialogBody}
        </p>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t.nameLabel}</label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            onFocus={(event) => event.target.select()}
            maxLength={80}
            autoComplete="name"
            autoFocus
            data-testid="name-input"
          />
        </div>
        <div className="dialog-actions">
          <span className="dialog-actions-spacer" />
          <button type="submit" className="button button-primary" data-testid="name-save">
            {t.nameSave}
          </button>
        </div>
      </form>
    </dialog>
  )
}
