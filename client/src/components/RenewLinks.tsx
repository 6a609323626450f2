import type { MeetingLinks } from '@referat/shared'
import { useState } from 'react'
import { renewLinks } from '../api/renewLinks'
import { useI18n } from '../i18n/useI18n'

interface RenewLinksProps {
  meetingId: string
  /** The organizer's (or moderator's) token. */
  token: string
  onRenewed: (links: MeetingLinks) => void
}

/**
 * "New links" for a meeting whose links went to the wrong people: asks for confirmation (the
 * old links stop working at once, also for whoever is connected), then replaces them.
 */
export function RenewLinks({ meetingId, token, onRenewed }: RenewLinksProps) {
  const { t } = useI18n()
  const [step, setStep] = useState<'idle' | 'confirm' | 'busy' | 'done' | 'failed'>('idle')
  const renew = () => {
    setStep('busy')
    renewLinks(meetingId, token).then(
      (response) => {
        onRenewed(response.links)
        setStep('done')
      },
      () => setStep('failed'),
    )
  }
  return (
    <div className="renew-links" data-testid="renew-links">
      {step === 'confirm' || step === 'busy' ? (
        <div role="group" aria-label={t.renewLinks}>
          <p>{t.renewLinksWarning}</p>
          <button
            type="button"
            className="button button-danger button-small"
            disabled={step === 'busy'}
            onClick={renew}
            data-testid="renew-links-confirm"
          >
            {t.renewLinksConfirm}
          </button>{' '}
          <button
            type="button"
            className="button button-quiet button-small"
            disabled={step === 'busy'}
            onClick={() => setStep('idle')}
          >
            {t.cancel}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button-quiet button-small"
          onClick={() => setStep('confirm')}
          data-testid="renew-links-button"
        >
          {t.renewLinks}
        </button>
      )}
      <p role="status" className="muted">
        {step === 'done' && t.renewLinksDone}
        {step === 'failed' && t.renewLinksFailed}
      </p>
    </div>
  )
}
