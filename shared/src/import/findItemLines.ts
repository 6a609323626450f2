import { classifyItemText } from './body/classifyItemText'
import type { SourceLine } from './markdown/SourceLine'

const ATX_HEADING = /^\s*#{1,6}(?:[ \t]+(.*))?$/
const OUR_EXPORT = /^\s*#\s+(?:Referat|Minutes):\s/
const FENCE = /^\s*(`{3,}|~{3,})/

/**
 * The lines of plain-text minutes that open agenda items ("1. Godkjenning av innkalling",
 * "Sak 38/25 Budsjett"), to be read as headings; null for Markdown minutes that number their
 * items in headings (and our own export): there a numbered line is an ordered list. A plain
 * numbered line opens an item when its number is the next one (1., 2., 3. …), so that a list
 * inside an item, numbered from 1 again, stays a list; indented and quoted lines never do.
 */
export function findItemLines(lines: readonly SourceLine[]): Set<number> | null {
  let fence: string | null = null
  const outside: SourceLine[] = []
  for (const line of lines) {
    const fenceMark = FENCE.exec(line.text)?.[1]
    if (fenceMark && (fence === null || fenceMark.startsWith(fence))) {
      fence = fence === null ? fenceMark : null
      continue
    }
    if (fence === null) outside.push(line)
  }
  const headingItem = outside.some((line) => {
    const heading = ATX_HEADING.exec(line.text)
    return heading !== null && classifyItemText(heading[1] ?? '')?.kind === 'item'
  })
  const firstHeading = outside.find((line) => ATX_HEADING.test(line.text))
  if (headingItem || (firstHeading && OUR_EXPORT.test(firstHeading.text))) return null

  const found = new Set<number>()
  let next: number | null = null
  for (const line of outside) {
    if (/^[\s>]/.test(line.text)) continue
    const text = classifyItemText(line.text)
    if (text?.kind !== 'item') continue
    if (!text.yearly && next !== null && text.number !== next) continue
    found.add(line.line)
    next = text.number + 1
  }
  return found
}
