import type { JSONContent } from '@tiptap/core'
import { newId } from '../../model/newId'
import { inlinePlainText } from '../markdown/inline/inlinePlainText'
import { parseBlocks } from '../markdown/parseBlocks'
import type { SourceLine } from '../markdown/SourceLine'
import { splitUnescaped } from '../markdown/splitUnescaped'
import { toBlockNodes } from './toBlockNodes'

const STRONG_OPEN = '(?:\\*\\*|__|<strong>|<b>)'
const STRONG_CLOSE = '(?:\\*\\*|__|</strong>|</b>)'
/** "**Vedtak:**", "Forslag til vedtak:", "**Decision**:" at the start of a line. */
export const DECISION_LABEL = new RegExp(
  `^${STRONG_OPEN}?\\s*(vedtak|forslag til vedtak|innstilling|decision|proposed decision|resolution)\\s*${STRONG_CLOSE}?\\s*:\\s*${STRONG_CLOSE}?\\s*`,
  'iu',
)
const DECIDED = /^(?:vedtak|decision|resolution)$/iu
const RECORD_LINE = /^\s*([*_])\(([\s\S]*)\)\1\s*$/
/** "enstemmig", "samrøystes" (nynorsk), "unanimous" … */
const UNANIMOUS =
  /^(?:enstemmig(?: vedtatt)?|einstemmig(?: vedteke| vedtatt)?|samrøystes(?: vedteke| vedtatt)?|unanimous(?:ly)?)$/iu

interface DecisionRecord {
  decidedBy: string | null
  votesFor: number | null
  votesAgainst: number | null
  votesBlank: number | null
}

/** "vedtatt av Eli, 7 for, 2 mot, 0 blanke", "samrøystes" …; null when it is no record. */
function readRecord(raw: string): DecisionRecord | null {
  const record: DecisionRecord = {
    decidedBy: null,
    votesFor: null,
    votesAgainst: null,
    votesBlank: null,
  }
  for (const part of splitUnescaped(raw, /,/)) {
    const text = part.trim()
    const by = /^(?:vedtatt av|vedteke av|decided by)\s+([\s\S]+)$/iu.exec(text)
    const votes = /^(\d{1,6})\s+(for|mot|against|blanke|blank|avstår|abstentions?)$/iu.exec(text)
    if (UNANIMOUS.test(text)) continue
    if (by) record.decidedBy = inlinePlainText(by[1] ?? '') || null
    else if (votes) {
      const count = Number(votes[1])
      const word = (votes[2] ?? '').toLowerCase()
      if (word === 'for') record.votesFor = count
      else if (word === 'mot' || word === 'against') record.votesAgainst = count
      else record.votesBlank = count
    } else return null
  }
  return record
}

/**
 * A decision from lines that start with its label ("> **Vedtak:** Text", "Forslag til vedtak:
 * …"): "Vedtak"/"Decision" is decided, a proposal is proposed. A decided one's last line may
 * record who decided and the votes ("*(vedtatt av Eli, 7 for, 2 mot, 0 blanke)*"). Null when the
 * lines do not start with a decision label.
 */
export function readDecision(lines: readonly SourceLine[]): JSONContent | null {
  const first = lines[0]
  const label = first ? DECISION_LABEL.exec(first.text.trimStart()) : null
  if (!first || !label) return null
  const decided = DECIDED.test(label[1] ?? '')
  const body: SourceLine[] = [
    { text: first.text.trimStart().slice(label[0].length), line: first.line },
    ...lines.slice(1),
  ]
  let record: DecisionRecord | null = null
  const last = body[body.length - 1] as SourceLine
  const recordLine = decided ? RECORD_LINE.exec(last.text) : null
  if (recordLine) {
    record = readRecord(recordLine[2] ?? '')
    if (record) body.pop()
  }
  const paragraphs = toBlockNodes(parseBlocks(body), true)
  return {
    type: 'decision',
    attrs: {
      id: newId(),
      state: decided ? 'decided' : 'proposed',
      decidedBy: record?.decidedBy ?? null,
      decidedAt: null,
      votesFor: record?.votesFor ?? null,
      votesAgainst: record?.votesAgainst ?? null,
      votesBlank: record?.votesBlank ?? null,
    },
    content: paragraphs.length > 0 ? paragraphs : [{ type: 'paragraph' }],
  }
}
