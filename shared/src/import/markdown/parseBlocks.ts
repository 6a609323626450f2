import { indentOf, removeIndent } from './indentation'
import { isEscaped } from './isEscaped'
import { listMarker, type ListMarker } from './listMarker'
import type { MdBlock, MdListItem, MdTableRow } from './MdBlock'
import type { SourceLine } from './SourceLine'
import { splitUnescaped } from './splitUnescaped'

export interface ParseBlocksOptions {
  /** Line numbers of plain-text item lines ("3. TITLE") to read as headings of level 0. */
  itemLines?: ReadonlySet<number>
  /**
   * Whether a line without `>` or indentation after a quote or list entry continues it, as in
   * Markdown (default). In plain text a new line is a new line.
   * @default true
   */
  lazyContinuation?: boolean
}

const FENCE = /^(`{3,}|~{3,})/
const ATX_HEADING = /^(#{1,6})(?:[ \t]+(.*))?$/
const CLOSING_HASHES = /(?:^|[ \t]+)#+[ \t]*$/
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/
const SEPARATOR_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/

type Lines = readonly SourceLine[]
type Found = { block: MdBlock | null; next: number }

const blank = (line: SourceLine | undefined) => !line || line.text.trim() === ''

function hasPipe(text: string): boolean {
  for (let i = text.indexOf('|'); i >= 0; i = text.indexOf('|', i + 1)) {
    if (!isEscaped(text, i)) return true
  }
  return false
}

function tableKind(lines: Lines, i: number): 'pipe' | 'tab' | null {
  const text = lines[i]?.text.trim() ?? ''
  const next = lines[i + 1]?.text.trim() ?? ''
  if (hasPipe(text) && SEPARATOR_ROW.test(next) && next.includes('-')) return 'pipe'
  if (text.startsWith('|') && next.startsWith('|')) return 'pipe'
  if (text.includes('\t') && next.includes('\t')) return 'tab'
  return null
}

function pipeCells(text: string): string[] {
  let row = text.trim()
  if (row.startsWith('|')) row = row.slice(1)
  if (row.endsWith('|') && !isEscaped(row, row.length - 1)) row = row.slice(0, -1)
  return splitUnescaped(row, /\|/).map((cell) => cell.trim())
}

function readTable(lines: Lines, i: number, kind: 'pipe' | 'tab'): Found {
  const rows: MdTableRow[] = []
  let j = i
  for (; j < lines.length; j++) {
    const line = lines[j] as SourceLine
    const text = line.text.trim()
    if (!text || (kind === 'pipe' ? !hasPipe(text) : !line.text.includes('\t'))) break
    if (kind === 'pipe' && SEPARATOR_ROW.test(text) && text.includes('-')) continue
    const cells = kind === 'pipe' ? pipeCells(text) : line.text.split('\t').map((c) => c.trim())
    rows.push({ cells, line: line.line })
  }
  return { block: { type: 'table', rows, line: lines[i]?.line ?? 0 }, next: j }
}

/** Whether line `i` starts a block that ends a paragraph running into it. */
function interrupts(lines: Lines, i: number, options: ParseBlocksOptions): boolean {
  const line = lines[i] as SourceLine
  const text = line.text.trimStart()
  if (options.itemLines?.has(line.line)) return true
  if (ATX_HEADING.test(text) || FENCE.test(text) || THEMATIC_BREAK.test(text)) return true
  if (text.startsWith('>') || text.startsWith('<!--')) return true
  const marker = listMarker(line.text)
  if (marker && marker.content.trim() && (!marker.ordered || marker.number === 1)) return true
  return tableKind(lines, i) !== null
}

function readFence(lines: Lines, i: number, fence: string): Found {
  const code: SourceLine[] = []
  let j = i + 1
  for (; j < lines.length; j++) {
    const line = lines[j] as SourceLine
    const text = line.text.trim()
    if (text.startsWith(fence) && /^(`+|~+)$/.test(text) && text[0] === fence[0]) {
      j++
      break
    }
    code.push(line)
  }
  return { block: { type: 'code', lines: code, line: lines[i]?.line ?? 0 }, next: j }
}

function readComment(lines: Lines, i: number): Found | null {
  const first = (lines[i] as SourceLine).text.trim()
  const sameLineEnd = first.indexOf('-->', 4)
  if (sameLineEnd >= 0) {
    if (first.slice(sameLineEnd + 3).trim()) return null
    return {
      block: {
        type: 'comment',
        text: first.slice(4, sameLineEnd).trim(),
        line: lines[i]?.line ?? 0,
      },
      next: i + 1,
    }
  }
  const parts = [first.slice(4)]
  let j = i + 1
  for (; j < lines.length; j++) {
    const text = (lines[j] as SourceLine).text
    const end = text.indexOf('-->')
    if (end >= 0) {
      parts.push(text.slice(0, end))
      j++
      break
    }
    parts.push(text)
  }
  const text = parts.join('\n').trim()
  return { block: { type: 'comment', text, line: lines[i]?.line ?? 0 }, next: j }
}

function readQuote(lines: Lines, i: number, options: ParseBlocksOptions): Found {
  const quoted: SourceLine[] = []
  let j = i
  for (; j < lines.length; j++) {
    const line = lines[j] as SourceLine
    const text = line.text.trimStart()
    if (text.startsWith('>')) {
      quoted.push({ text: text.slice(1).replace(/^[ \t]/, ''), line: line.line })
      continue
    }
    const last = quoted[quoted.length - 1]
    // A lazy continuation line: paragraph text of the quote without its ">".
    const lazy = options.lazyContinuation !== false
    if (lazy && text && last && last.text.trim() && !interrupts(lines, j, options)) {
      quoted.push({ text, line: line.line })
      continue
    }
    break
  }
  return { block: { type: 'quote', lines: quoted, line: lines[i]?.line ?? 0 }, next: j }
}

const sameList = (a: ListMarker, b: ListMarker | null) =>
  b !== null && a.ordered === b.ordered && a.symbol === b.symbol

function readList(lines: Lines, i: number, first: ListMarker, options: ParseBlocksOptions): Found {
  const items: MdListItem[] = []
  let j = i
  while (j < lines.length) {
    const line = lines[j] as SourceLine
    const marker = listMarker(line.text)
    if (!marker || !sameList(first, marker) || options.itemLines?.has(line.line)) break
    const content: SourceLine[] = [{ text: marker.content, line: line.line }]
    j++
    while (j < lines.length) {
      const next = lines[j] as SourceLine
      if (blank(next)) {
        let k = j
        while (k < lines.length && blank(lines[k])) k++
        const after = lines[k]
        if (!after || indentOf(after.text) < marker.contentColumn) break
        for (; j < k; j++) content.push({ text: '', line: (lines[j] as SourceLine).line })
        continue
      }
      if (indentOf(next.text) >= marker.contentColumn && !options.itemLines?.has(next.line)) {
        content.push({ text: removeIndent(next.text, marker.contentColumn), line: next.line })
        j++
        continue
      }
      const previous = content[content.length - 1] as SourceLine
      const lazy =
        options.lazyContinuation !== false &&
        previous.text.trim() !== '' &&
        !listMarker(next.text) &&
        !interrupts(lines, j, options)
      if (!lazy) break
      content.push({ text: next.text.trimStart(), line: next.line })
      j++
    }
    items.push({ lines: content, line: line.line })
    let k = j
    while (k < lines.length && blank(lines[k])) k++
    const after = lines[k]
    if (!after || !sameList(first, listMarker(after.text)) || options.itemLines?.has(after.line)) {
      break
    }
    j = k
  }
  const block: MdBlock = {
    type: 'list',
    ordered: first.ordered,
    start: first.number,
    items,
    line: lines[i]?.line ?? 0,
  }
  return { block, next: j }
}

function headingText(content: string): string {
  return content.replace(CLOSING_HASHES, '').trim()
}

/** The block that starts at line `i`, or null when it is a paragraph line. */
function startBlock(lines: Lines, i: number, options: ParseBlocksOptions): Found | null {
  const line = lines[i] as SourceLine
  const text = line.text.trimStart()
  if (options.itemLines?.has(line.line)) {
    return { block: { type: 'heading', level: 0, text: text.trim(), line: line.line }, next: i + 1 }
  }
  const fence = FENCE.exec(text)
  if (fence?.[1]) return readFence(lines, i, fence[1])
  if (text.startsWith('<!--')) {
    const comment = readComment(lines, i)
    if (comment) return comment
  }
  const atx = ATX_HEADING.exec(text.trimEnd())
  if (atx) {
    const level = atx[1]?.length ?? 1
    const block: MdBlock = {
      type: 'heading',
      level,
      text: headingText(atx[2] ?? ''),
      line: line.line,
    }
    return { block, next: i + 1 }
  }
  if (THEMATIC_BREAK.test(text.trimEnd())) return { block: null, next: i + 1 }
  if (text.startsWith('>')) return readQuote(lines, i, options)
  const marker = listMarker(line.text)
  if (marker) return readList(lines, i, marker, options)
  const table = tableKind(lines, i)
  if (table) return readTable(lines, i, table)
  return null
}

/**
 * The blocks of Markdown text as CommonMark reads them (ATX and setext headings, paragraphs,
 * nested lists, block quotes, fenced code, HTML comments, thematic breaks) plus what pasted
 * minutes hold: pipe tables (GFM) and tab-separated tables, "•" bullets. Indented code blocks are
 * not recognised: indentation in plain text is layout, not code.
 */
export function parseBlocks(lines: Lines, options: ParseBlocksOptions = {}): MdBlock[] {
  const blocks: MdBlock[] = []
  let i = 0
  while (i < lines.length) {
    if (blank(lines[i])) {
      i++
      continue
    }
    const found = startBlock(lines, i, options)
    if (found) {
      if (found.block) blocks.push(found.block)
      i = found.next
      continue
    }
    const paragraph: SourceLine[] = []
    let heading: MdBlock | null = null
    while (i < lines.length && !blank(lines[i])) {
      const line = lines[i] as SourceLine
      if (paragraph.length > 0) {
        if (SETEXT_UNDERLINE.test(line.text.trim())) {
          const level = line.text.trim().startsWith('=') ? 1 : 2
          const text = paragraph.map((l) => l.text.trim()).join(' ')
          heading = { type: 'heading', level, text, line: paragraph[0]?.line ?? line.line }
          i++
          break
        }
        if (interrupts(lines, i, options)) break
      }
      paragraph.push(line)
      i++
    }
    blocks.push(heading ?? { type: 'paragraph', lines: paragraph })
  }
  return blocks
}
