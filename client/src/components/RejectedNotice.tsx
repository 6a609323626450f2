import { useI18n } from '../i18n/useI18n'

/** A polite note that the server refused a change of ours and the meeting was loaded again. */
export function RejectedNotice({ reason, onDismiss }: { reason: string; onDismiss: () => void }) {
  const { t } = useI18n()
  return (
    <div className="toast notice notice-error" role="alert" data-testid="rejected-notice">
      <p>{t.rejectedNotice(reason.replace(/\.$/, ''))}</p>
      <button type="button" className="button button-quiet button-small" onClick={onDismiss}>
        {t.close}
      </button>
    </div>
  )
}
