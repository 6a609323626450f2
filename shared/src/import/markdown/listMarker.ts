import { indentOf } from './indentation'

/** The list marker a line starts with. */
export interface ListMarker {
  ordered: boolean
  /** `-`, `+`, `*` or `•`; for ordered lists `.` or `)`. Lists end where it changes. */
  symbol: string
  number: number
  /** Column where the item's content starts; continuation lines are indented this far. */
  contentColumn: number
  /** The rest of the line after the marker. */
  content: string
}

const BULLET = /^([-+*•])([ \t]*)(.*)$/
const ORDERED = /^(\d{1,9})([.)])([ \t]*)(.*)$/
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/

/** The list marker at the start of `text` ("- ", "* ", "• ", "3. ", "3) "), or null. */
export function listMarker(text: string): ListMarker | null {
  const indent = indentOf(text)
  const rest = text.trimStart()
  if (THEMATIC_BREAK.test(rest)) return null
  const bullet = BULLET.exec(rest)
  const ordered = bullet ? null : ORDERED.exec(rest)
  const match = bullet ?? ordered
  if (!match) return null
  const [, head = '', delimiter = '', gapOrContent = '', orderedContent = ''] = match
  const marker = bullet ? head : `${head}${delimiter}`
  const gap = bullet ? delimiter : gapOrContent
  const content = bullet ? gapOrContent : orderedContent
  if (!gap && content) return null
  const markerEnd = indent + marker.length
  let gapColumns = 0
  for (const char of gap) gapColumns += char === '\t' ? 4 - ((markerEnd + gapColumns) % 4) : 1
  const contentColumn = !content || gapColumns > 4 ? markerEnd + 1 : markerEnd + gapColumns
  return {
    ordered: !bullet,
    symbol: bullet ? head : delimiter,
    number: bullet ? 1 : Number(head),
    contentColumn,
    content: gapColumns > 4 ? ' '.repeat(gapColumns - 1) + content : content,
  }
}
