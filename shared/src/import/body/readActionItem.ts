import type { JSONContent } from '@tiptap/core'
import { newId } from '../../model/newId'
import { inlinePlainText } from '../markdown/inline/inlinePlainText'
import { parseInlines } from '../markdown/inline/parseInlines'
import { splitUnescaped } from '../markdown/splitUnescaped'
import { trailingParenGroup } from '../markdown/trailingParenGroup'

/** "**Oppfølging:**", "Follow-up:" at the start of a line. */
export const ACTION_LABEL =
  /^(?:\*\*|__|<strong>|<b>)?\s*(oppfølging|follow-up|follow up|action)\s*(?:\*\*|__|<\/strong>|<\/b>)?\s*:\s*(?:\*\*|__|<\/strong>|<\/b>)?\s*/iu

/** "Ansvarlig: X" (bokmål), "Ansvarleg: X" (nynorsk), "Responsible: X" … */
const ASSIGNEE = /^(?:ansvarlig|ansvarleg|ansvar|responsible|owner|assignee)\s*:\s*([\s\S]*)$/iu

interface Details {
  assignee: string
  due: string
  done: boolean
}

/** "Ansvarlig: X, Frist: Y" (or Ansvarleg, Responsible, Due, Utført); null when it is none. */
function readDetails(raw: string): Details | null {
  const details: Details = { assignee: '', due: '', done: false }
  for (const part of splitUnescaped(raw, /,/)) {
    const text = part.trim()
    const assignee = ASSIGNEE.exec(text)
    const due = /^(?:frist|innen|innan|due|deadline)\s*:\s*([\s\S]*)$/iu.exec(text)
    if (assignee) details.assignee = inlinePlainText(assignee[1] ?? '')
    else if (due) details.due = inlinePlainText(due[1] ?? '')
    else if (/^(?:utført|ferdig|done)$/iu.test(text)) details.done = true
    else return null
  }
  return details
}

/**
 * An action item (oppfølging) from the raw Markdown of a task-list entry or a line starting with
 * "Oppfølging:": its text, and who is responsible and the deadline from a final "(Ansvarlig: X,
 * Frist: Y)". `assigneeId` turns a name into an attendee id where it can.
 */
export function readActionItem(
  raw: string,
  done: boolean,
  assigneeId: (name: string) => string,
): JSONContent {
  let text = raw.trim().replace(ACTION_LABEL, '')
  let details: Details = { assignee: '', due: '', done: false }
  const group = trailingParenGroup(text)
  const read = group ? readDetails(group.inner) : null
  if (group && read) {
    details = read
    text = group.before
  }
  const content = parseInlines(text)
  return {
    type: 'actionItem',
    attrs: {
      id: newId(),
      assignee: details.assignee ? assigneeId(details.assignee) : '',
      due: details.due,
      done: done || details.done,
    },
    ...(content.length > 0 ? { content } : {}),
  }
}
