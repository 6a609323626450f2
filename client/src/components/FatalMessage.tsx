import type { FatalError } from '../collab/FatalError'
import { FullPageMessage } from './FullPageMessage'
import { useI18n } from '../i18n/useI18n'

/** The full-page explanation of why a meeting cannot be opened. */
export function FatalMessage({ error }: { error: FatalError }) {
  const { t } = useI18n()
  const text: Record<FatalError, [string, string]> = {
    unauthorized: [t.errLinkInvalidTitle, t.errLinkInvalidBody],
    forbidden: [t.errForbiddenTitle, t.errForbiddenBody],
    'not-found': [t.errNotFoundTitle, t.errNotFoundBody],
    rejected: [t.errRejectedTitle, t.errRejectedBody],
  }
  const [title, body] = text[error]
  return (
    <FullPageMessage title={title} tone="error" testId="meeting-error">
      <p>{body}</p>
    </FullPageMessage>
  )
}
