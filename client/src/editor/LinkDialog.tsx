import { isSafeHref } from '@referat/shared'
import { useId, useState, type FormEvent } from 'react'
import { useI18n } from '../i18n/useI18n'
import { normalizeHref } from './normalizeHref'
import { useModalDialog } from '../components/useModalDialog'

interface LinkDialogProps {
  /** The address of the link at the cursor, if any. */
  initialHref: string
  onApply: (href: string) => void
  onRemove: () => void
  onClose: () => void
}

/**
 * Asks for a link address. Only http, https and mailto addresses are accepted (as the schema's
 * `isSafeHref` allows); an empty address removes the link.
 */
export function LinkDialog({ initialHref, onApply, onRemove, onClose }: LinkDialogProps) {
  const { t } = useI18n()
  const dialog = useModalDialog()
  const [href, setHref] = useState(initialHref)
  const [invalid, setInvalid] = useState(false)
  const id = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const normalized = normalizeHref(href)
    if (!normalized) {
      onRemove()
      return
    }
    if (!isSafeHref(normalized)) {
      setInvalid(true)
      return
    }
    onApply(normalized)
  }

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      data-testid="link-dialog"
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`} className="dialog-title">
          {t.linkDialogTitle}
        </h2>
        <div className="field">
          <label htmlFor={`${id}-href`}>{t.linkUrl}</label>
          <input
            id={`${id}-href`}
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://"
            value={href}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-error` : undefined}
            onChange={(event) => {
              setHref(event.target.value)
              setInvalid(false)
            }}
            autoFocus
          />
          {invalid && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {t.linkInvalid}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          {initialHref && (
            <button type="button" className="button button-quiet" onClick={onRemove}>
              {t.linkRemove}
            </button>
          )}
          <span className="dialog-actions-spacer" />
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t.cancel}
          </button>
          <button type="submit" className="button button-primary">
            {t.linkApply}
          </button>
        </div>
      </form>
    </dialog>
  )
}
