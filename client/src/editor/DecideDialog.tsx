import type { DecisionVote } from '@referat/shared'
import { useId, useState, type FormEvent } from 'react'
import { createPortal } from 'react-dom'
import { useI18n } from '../i18n/useI18n'
import { useModalDialog } from '../components/useModalDialog'

interface DecideDialogProps {
  /** Called with the vote count, or null for a unanimous decision. */
  onConfirm: (vote: DecisionVote | null) => void
  onCancel: () => void
}

type VoteField = keyof DecisionVote

const FIELDS: VoteField[] = ['for', 'against', 'blank']

const toCount = (value: string) => {
  const n = Number.parseInt(value, 10)
  return Number.isInteger(n) && n >= 0 ? n : 0
}

/**
 * Asks how a decision was made before it is marked decided: unanimously (the default) or with
 * votes for, against and blank. Rendered outside the editor, so its inputs are not part of it.
 */
export function DecideDialog({ onConfirm, onCancel }: DecideDialogProps) {
  const { t } = useI18n()
  const id = useId()
  const dialog = useModalDialog()
  const [counted, setCounted] = useState(false)
  const [votes, setVotes] = useState<Record<VoteField, string>>({
    for: '',
    against: '',
    blank: '',
  })
  const labels: Record<VoteField, string> = {
    for: t.decisionVotesFor,
    against: t.decisionVotesAgainst,
    blank: t.decisionVotesBlank,
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onConfirm(
      counted
        ? { for: toCount(votes.for), against: toCount(votes.against), blank: toCount(votes.blank) }
        : null,
    )
  }

  return createPortal(
    <dialog
      ref={dialog}
      className="dialog decide-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="decide-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <form onSubmit={submit}>
        <h2 id={`${id}-title`} className="dialog-title">
          {t.decisionVoteHeading}
        </h2>
        <div className="vote-choice" role="radiogroup" aria-labelledby={`${id}-title`}>
          <label>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={!counted}
              onChange={() => setCounted(false)}
              data-testid="vote-unanimous"
            />
            {t.decisionUnanimous}
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={counted}
              onChange={() => setCounted(true)}
              data-testid="vote-counted"
            />
            {t.decisionCounted}
          </label>
        </div>
        <div className={`vote-counts${counted ? '' : ' is-inactive'}`}>
          {FIELDS.map((field) => (
            <div className="field" key={field}>
              <label htmlFor={`${id}-${field}`}>{labels[field]}</label>
              <input
                id={`${id}-${field}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={10000}
                value={votes[field]}
                onChange={(event) => {
                  setCounted(true)
                  setVotes((current) => ({ ...current, [field]: event.target.value }))
                }}
                data-testid={`vote-${field}`}
              />
            </div>
          ))}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t.cancel}
          </button>
          <button type="submit" className="button button-primary" data-testid="btn-confirm-decided">
            {t.decisionConfirm}
          </button>
        </div>
      </form>
    </dialog>,
    document.body,
  )
}
