import { useId } from 'react'
import { useI18n } from '../i18n/useI18n'
import { useModalDialog } from './useModalDialog'

interface ConfirmDialogProps {
  title: string
  body: string
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
  testId?: string
}

/** A modal question with Cancel and one confirming button; Escape cancels. */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  onConfirm,
  onCancel,
  testId,
}: ConfirmDialogProps) {
  const { t } = useI18n()
  const id = useId()
  const dialog = useModalDialog()

  return (
    <dialog
      ref={dialog}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <h2 id={`${id}-title`} className="dialog-title">
        {title}
      </h2>
      <p id={`${id}-body`}>{body}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t.cancel}
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={onConfirm}
          data-testid="btn-confirm"
          autoFocus
        >
          {confirmLabel}
        </button>
      </div>
    </dialog>
  )
}
