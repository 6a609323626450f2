import type { FontFace } from './loadDejaVuFonts'

/** How a piece of text looks. */
export interface TextStyle {
  face: FontFace
  size: number
  color: string
  underline?: boolean
}

/** One link of a paragraph; every fragment it was broken into points to the same object. */
export interface LinkTarget {
  href: string
}

/** A run of text in one style. */
export interface TextRun {
  text: string
  style: TextStyle
  link?: LinkTarget
}

/** What the line breaker takes: runs of text and forced line breaks. */
export type StyledRun = TextRun | { lineBreak: true }

/** A piece of one line drawn in one style, `x` from the start of the line. */
export interface Fragment {
  text: string
  x: number
  width: number
  style: TextStyle
  link?: LinkTarget
  /** The last fragment of its link: the link's structure element can be closed after it. */
  linkEnd?: boolean
}

export interface Line {
  fragments: Fragment[]
  height: number
}

/** Options of a structure element (pdfkit's, plus the scope of a table header cell). */
export interface StructOptions {
  title?: string
  lang?: string
  scope?: 'Column' | 'Row'
}

export interface TableCell {
  lines: Line[]
}

/** A table laid out to the content width: column offsets and each cell's wrapped lines. */
export interface TableLayout {
  columns: { x: number; width: number }[]
  header: TableCell[]
  rows: TableCell[][]
  lineHeight: number
}

/**
 * The referat as a flat stream for the paginator: structure elements opened and closed around
 * lines, vertical space, rules and tables, `x` measured from the left margin.
 */
export type FlowItem =
  | {
      kind: 'open'
      type: string
      options?: StructOptions
      /** Moved to the next page as a whole when it fits on one page but not on this one. */
      keepTogether?: boolean
      /** A vertical bar drawn beside the element's content, at `x`. */
      bar?: { x: number; color: string }
    }
  | { kind: 'close' }
  | { kind: 'space'; height: number }
  | {
      kind: 'line'
      x: number
      line: Line
      /** Kept on the same page as the next line (headings, first and last lines). */
      keepWithNext: boolean
      /** Drawn beside the next line instead of above it (the label of a list item). */
      inline?: boolean
    }
  | { kind: 'rule'; x: number; width: number; color: string; height: number }
  | { kind: 'table'; table: TableLayout }
