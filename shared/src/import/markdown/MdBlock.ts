import type { SourceLine } from './SourceLine'

/** One entry of a list: its content lines with the marker and indentation removed. */
export interface MdListItem {
  lines: SourceLine[]
  line: number
}

/** One row of a table: the raw (still escaped) text of each cell. */
export interface MdTableRow {
  cells: string[]
  line: number
}

/**
 * A block of Markdown as `parseBlocks` finds it. Text stays raw (escaped, with inline markup) so
 * that readers can tell `\*` from `*`; `parseInlines` reads it.
 */
export type MdBlock =
  /** Level 0: a numbered line of plain-text minutes ("3. TITLE") read as a heading. */
  | { type: 'heading'; level: number; text: string; line: number }
  | { type: 'paragraph'; lines: SourceLine[] }
  | { type: 'list'; ordered: boolean; start: number; items: MdListItem[]; line: number }
  /** A block quote: its lines with the `>` removed. */
  | { type: 'quote'; lines: SourceLine[]; line: number }
  | { type: 'table'; rows: MdTableRow[]; line: number }
  | { type: 'code'; lines: SourceLine[]; line: number }
  /** An HTML comment: its text between `<!--` and `-->`. */
  | { type: 'comment'; text: string; line: number }
