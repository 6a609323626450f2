import type { Language, NumberingStyle } from '../protocol/meetingMeta'

/** The least a node needs for numbering: ProseMirror JSON has this shape. */
export interface NumberableNode {
  type?: string
  content?: readonly NumberableNode[]
}

export interface NumberingOptions {
  style: NumberingStyle
  /** Number of the meeting's first item in `yearly` style ("Sak 38/25" → 38). */
  start: number
  /** The meeting's year, for `yearly` style. */
  year: number
  /** The meeting's language: "Sak 38/25" in bokmål, "Item 38/25" in English. */
  language?: Language
}

export interface SubItemNumber {
  /** Index of the sub-item among the children of its agenda item. */
  index: number
  label: string
}

export interface ItemNumber {
  /** Index of the agenda item among the top-level nodes. */
  index: number
  label: string
  subItems: SubItemNumber[]
}

/** "a", "b", … "z", "aa", "ab", … */
export function letterLabel(n: number): string {
  let label = ''
  for (let rest = n + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    label = String.fromCharCode(97 + ((rest - 1) % 26)) + label
  }
  return label
}

/** The label of the n-th (0-based) agenda item of a meeting. */
export function itemLabel(n: number, options: NumberingOptions): string {
  if (options.style === 'yearly') {
    const year = String(options.year % 100).padStart(2, '0')
    return `${options.language === 'en' ? 'Item' : 'Sak'} ${options.start + n}/${year}`
  }
  return `${n + 1}.`
}

/**
 * Numbers the agenda items among the top-level nodes of a referat by position: section headings
 * and free paragraphs between them take no number, and sub-items are lettered a, b, c … within
 * their item. Numbers are never stored, so reordering renumbers.
 */
export function numberAgenda(
  topLevel: readonly NumberableNode[],
  options: NumberingOptions = { style: 'plain', start: 1, year: 0 },
): ItemNumber[] {
  const numbers: ItemNumber[] = []
  topLevel.forEach((node, index) => {
    if (node.type !== 'agendaItem') return
    const subItems: SubItemNumber[] = []
    node.content?.forEach((child, childIndex) => {
      if (child.type === 'subItem') {
        subItems.push({ index: childIndex, label: `${letterLabel(subItems.length)}.` })
      }
    })
    numbers.push({ index, label: itemLabel(numbers.length, options), subItems })
  })
  return numbers
}
