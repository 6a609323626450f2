import type { Fragment, Line, LinkTarget, StyledRun, TextStyle } from './FlowItem'

/** The width of `text` in `style`, in points. */
export type Measure = (text: string, style: TextStyle) => number

interface Piece {
  text: string
  style: TextStyle
  link?: LinkTarget
}

type Token = { kind: 'word'; pieces: Piece[] } | { kind: 'space'; piece: Piece } | { kind: 'break' }

/** White space other than the no-break spaces. */
const BREAKABLE_SPACE = /([^\S\u00a0\u202f]+)/

/** Words (pieces of runs with no white space between them), spaces and forced breaks. */
function tokenize(runs: readonly StyledRun[]): Token[] {
  const tokens: Token[] = []
  let word: Piece[] = []
  const endWord = () => {
    if (word.length > 0) tokens.push({ kind: 'word', pieces: word })
    word = []
  }
  for (const run of runs) {
    if ('lineBreak' in run) {
      endWord()
      tokens.push({ kind: 'break' })
      continue
    }
    for (const part of run.text.split(BREAKABLE_SPACE)) {
      if (part === '') continue
      if (BREAKABLE_SPACE.test(part)) {
        endWord()
        tokens.push({ kind: 'space', piece: { text: ' ', style: run.style, link: run.link } })
      } else {
        word.push({ text: part, style: run.style, link: run.link })
      }
    }
  }
  endWord()
  return tokens
}

/**
 * The space between two words takes the look of the text around it, so that a link is not
 * underlined beyond its words and a space joins the fragment before it where it can.
 */
function spaceBetween(space: Piece, before: Fragment | undefined, after: Piece | undefined): Piece {
  if (!before || !after) return space
  if (before.link === after.link || !before.link) {
    return { text: ' ', style: before.style, link: before.link }
  }
  return after.link ? space : { text: ' ', style: after.style, link: undefined }
}

class LineBuilder {
  readonly lines: Line[] = []
  private fragments: Fragment[] = []
  x = 0

  constructor(private readonly height: number) {}

  get last(): Fragment | undefined {
    return this.fragments.at(-1)
  }

  get empty(): boolean {
    return this.fragments.length === 0
  }

  place(piece: Piece, width: number): void {
    const last = this.last
    if (last && last.style === piece.style && last.link === piece.link) {
      last.text += piece.text
      last.width += width
    } else {
      const { text, style, link } = piece
      this.fragments.push({ text, x: this.x, width, style, link, linkEnd: false })
    }
    this.x += width
  }

  end(): void {
    this.lines.push({ fragments: this.fragments, height: this.height })
    this.fragments = []
    this.x = 0
  }
}

/**
 * Breaks styled runs into lines of at most `width` points: at white space, at forced breaks, and
 * inside a word only when the word alone is wider than a line. White space collapses to one space
 * and never starts a line.
 */
export function layoutLines(
  runs: readonly StyledRun[],
  width: number,
  lineHeight: number,
  measure: Measure,
): Line[] {
  const out = new LineBuilder(lineHeight)
  let space: Piece | null = null
  const tokens = tokenize(runs)
  tokens.forEach((token, index) => {
    if (token.kind === 'break') {
      if (index < tokens.length - 1) out.end()
      space = null
      return
    }
    if (token.kind === 'space') {
      space = out.empty ? null : token.piece
      return
    }
    const widths = token.pieces.map((piece) => measure(piece.text, piece.style))
    const total = widths.reduce((sum, w) => sum + w, 0)
    if (space) space = spaceBetween(space, out.last, token.pieces[0])
    const spaceWidth = space ? measure(space.text, space.style) : 0
    if (!out.empty && out.x + spaceWidth + total > width) {
      out.end()
      space = null
    }
    if (space) out.place(space, spaceWidth)
    space = null
    if (out.x + total <= width) {
      token.pieces.forEach((piece, i) => out.place(piece, widths[i] ?? 0))
      return
    }
    // Wider than a line on its own (a long address): break it between characters.
    for (const piece of token.pieces) {
      for (const char of piece.text) {
        const w = measure(char, piece.style)
        if (!out.empty && out.x + w > width) out.end()
        out.place({ text: char, style: piece.style, link: piece.link }, w)
      }
    }
  })
  if (!out.empty) out.end()
  markLinkEnds(out.lines)
  return out.lines
}

function markLinkEnds(lines: readonly Line[]): void {
  const seen = new Set<LinkTarget>()
  for (let l = lines.length - 1; l >= 0; l--) {
    const fragments = lines[l]?.fragments ?? []
    for (let f = fragments.length - 1; f >= 0; f--) {
      const fragment = fragments[f]
      if (fragment?.link && !seen.has(fragment.link)) {
        seen.add(fragment.link)
        fragment.linkEnd = true
      }
    }
  }
}
