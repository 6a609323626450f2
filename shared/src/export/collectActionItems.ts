import type { ReferatBlock, ReferatItem, ReferatPart } from '../referat/Referat'

export type ActionItemRow = Extract<ReferatBlock, { type: 'actionItem' }> & {
  /** The label of the agenda item it belongs to, or ''. */
  itemLabel: string
}

/** Every action item of a referat in document order, with the label of its agenda item. */
export function collectActionItems(body: readonly ReferatPart[]): ActionItemRow[] {
  const rows: ActionItemRow[] = []
  const visit = (parts: readonly (ReferatPart | ReferatItem)[], itemLabel: string) => {
    for (const part of parts) {
      if (part.type === 'item') visit(part.blocks, itemLabel || part.label)
      else if (part.type === 'actionItem') rows.push({ ...part, itemLabel })
      else if (part.type === 'decision') visit(part.blocks, itemLabel)
      else if (part.type === 'list') part.items.forEach((blocks) => visit(blocks, itemLabel))
    }
  }
  visit(body, '')
  return rows
}
