import type { Messages } from '../i18n/nb'
import { useI18n } from '../i18n/useI18n'

/** The server's reason (English, for logs) in the user's language. */
function explain(reason: string, t: Messages): string {
  if (/too large/i.test(reason)) return t.rejectedReasonTooLarge
  if (/replaced/i.test(reason)) return t.rejectedReasonReplaced
  if (/final/i.test(reason)) return t.rejectedReasonFinal
  if (/decid|decision/i.test(reason)) return t.rejectedReasonDecision
  if (/runs the meeting|time per item/i.test(reason)) return t.rejectedReasonModerator
  return t.rejectedReasonOther
}

/** A polite note that the server refused a change of ours and the meeting was loaded again. */
export function RejectedNotice({ reason, onDismiss }: { reason: string; onDismiss: () => void }) {
  const { t } = useI18n()
  return (
    <div className="toast notice notice-error" role="alert" data-testid="rejected-notice">
      <p>{t.rejectedNotice(explain(reason, t))}</p>
      <button type="button" className="button button-quiet button-small" onClick={onDismiss}>
        {t.close}
      </button>
    </div>
  )
}
