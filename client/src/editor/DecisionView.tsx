import type { DecisionVote } from '@referat/shared'
import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useContext, useState } from 'react'
import { Icon } from '../components/Icon'
import { documentLabels } from '../i18n/documentLabels'
import { useI18n } from '../i18n/useI18n'
import { DecideDialog } from './DecideDialog'
import { formatDecisionLine } from './formatDecisionLine'
import { MinutesContext } from './MinutesContext'
import { readDecisionRecord } from './readDecisionRecord'

/**
 * A decision: "Forslag til vedtak" while proposed, "Vedtak" (locked, with who decided when and
 * how) once decided. The moderator marks it decided or takes that back; for everyone else a
 * decided decision is read-only (the `DecisionLock` extension refuses their changes).
 */
export function DecisionView({ editor, node }: ReactNodeViewProps) {
  const { t, lang } = useI18n()
  const { canDecide, userName, contentLanguage } = useContext(MinutesContext)
  const [deciding, setDeciding] = useState(false)
  const decided = node.attrs.state === 'decided'
  const id = typeof node.attrs.id === 'string' ? node.attrs.id : undefined
  const labels = documentLabels[contentLanguage]
  const mayDecide = canDecide && editor.isEditable
  const locked = decided && !mayDecide

  const markDecided = (vote: DecisionVote | null) => {
    setDeciding(false)
    editor.commands.markDecided({ by: userName, id, vote })
  }

  return (
    <NodeViewWrapper
      className={`decision-view${locked ? ' is-locked' : ''}`}
      data-testid="decision"
      data-state={decided ? 'decided' : 'proposed'}
    >
      <div className="decision-head" contentEditable={false}>
        <span className="decision-label" lang={contentLanguage}>
          {decided && <Icon name="lock" size={14} />}
          {decided ? labels.decisionDecided : labels.decisionProposed}
        </span>
        {mayDecide && !decided && (
          <button
            type="button"
            className="button button-secondary button-tiny"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => setDeciding(true)}
            disabled={!userName.trim()}
            data-testid="btn-mark-decided"
          >
            {t.decisionMarkDecided}
          </button>
        )}
        {mayDecide && decided && (
          <button
            type="button"
            className="button button-quiet button-tiny"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => editor.commands.undoDecided({ id })}
            data-testid="btn-undo-decided"
          >
            {t.decisionUndo}
          </button>
        )}
      </div>
      <NodeViewContent
        className="decision-content"
        title={locked && editor.isEditable ? t.decisionLocked : undefined}
      />
      {decided && (
        <p className="decision-record" contentEditable={false} data-testid="decision-record">
          {formatDecisionLine(readDecisionRecord(node.attrs), t, lang)}
        </p>
      )}
      {deciding && <DecideDialog onConfirm={markDecided} onCancel={() => setDeciding(false)} />}
    </NodeViewWrapper>
  )
}
