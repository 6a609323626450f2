import type { FlowItem } from './FlowItem'

/** Groups of flow items one below the other, with `gap` between the non-empty ones. */
export function joinBlocks(groups: readonly FlowItem[][], gap: number): FlowItem[] {
  const items: FlowItem[] = []
  for (const group of groups) {
    if (group.length === 0) continue
    if (items.length > 0) items.push({ kind: 'space', height: gap })
    items.push(...group)
  }
  return items
}
