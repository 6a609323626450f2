import { collectActionItems, type ReferatPart } from '@referat/shared'
import type { FileChild } from 'docx'
import { dataTable } from './dataTable'
import type { DocxContext } from './DocxContext'
import { heading } from './heading'
import { inlineRuns } from './inlineRuns'

/**
 * The follow-up table at the end: every action item of the referat with its agenda item's label,
 * who is responsible, the due date and whether it is done. Nothing when there are none.
 */
export function followUpElements(body: readonly ReferatPart[], ctx: DocxContext): FileChild[] {
  const l = ctx.labels
  const actions = collectActionItems(body)
  if (actions.length === 0) return []
  const rows = actions.map((a) => [
    [...(a.itemLabel ? [{ text: `${a.itemLabel} ` }] : []), ...inlineRuns(a.content)],
    [{ text: a.assignee }],
    [{ text: a.due }],
    [{ text: a.done ? l.done : l.open }],
  ])
  return [
    heading(1, l.followUp),
    dataTable([l.what, l.responsible, l.due, l.status], rows, [0.5, 0.2, 0.15, 0.15]),
  ]
}
