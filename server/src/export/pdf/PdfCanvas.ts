import type { Fragment, Line, LinkTarget, TextStyle } from './FlowItem'
import { pdfTheme } from './pdfTheme'

type Doc = PDFKit.PDFDocument
type StructElement = PDFKit.PDFStructureElement

/** A bar beside content that may run over several pages (a decision). */
export interface Bar {
  x: number
  color: string
  /** Top of its first content on the current page, or null before any. */
  startY: number | null
}

/**
 * A link annotation that also names its structure element (pdfkit reads `structParent`). Its
 * description is a String object because pdfkit writes a primitive string as a PDF name.
 */
interface TaggedLinkOptions extends Omit<PDFKit.Mixins.AnnotationOption, 'Contents'> {
  structParent: StructElement
  // eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- see above
  Contents: String
}

/**
 * Text options with the width already measured, which spares pdfkit measuring the text again
 * (pdfkit reads them; its types do not list them).
 */
interface MeasuredTextOptions extends PDFKit.Mixins.TextOptions {
  textWidth: number
  wordCount: number
}

/** Consecutive fragments that belong to the same link (or to none). */
function groupByLink(fragments: readonly Fragment[]): Fragment[][] {
  const groups: Fragment[][] = []
  for (const fragment of fragments) {
    const group = groups.at(-1)
    if (group && group[0]?.link === fragment.link) group.push(fragment)
    else groups.push([fragment])
  }
  return groups
}

/**
 * The drawing surface of the paginator: the vertical position on the current page, pending space,
 * page breaks, tagged lines (every line is marked content of its structure element, links get a
 * `Link` element with their annotation) and artifacts for decoration.
 */
export class PdfCanvas {
  y: number
  readonly top: number
  readonly bottom: number
  readonly left: number
  readonly width: number
  /** Called after a page break, before any content of the new page (repeats a table header). */
  onNewPage: (() => void) | null = null
  private pending = 0
  private contentBottom: number
  private readonly bars: Bar[] = []
  private readonly links = new Map<LinkTarget, StructElement>()
  private readonly lineBoxes = new Map<TextStyle, number>()
  /** The fill colour set for text, or null when decoration or a new page may have changed it. */
  private fill: string | null = null

  constructor(readonly doc: Doc) {
    const { margins } = pdfTheme
    this.top = margins.top
    this.bottom = doc.page.height - margins.bottom
    this.left = margins.left
    this.width = doc.page.width - margins.left - margins.right
    this.y = this.top
    this.contentBottom = this.top
  }

  get atTop(): boolean {
    return this.y <= this.top + 0.01
  }

  /** Height of the content area of a page. */
  get capacity(): number {
    return this.bottom - this.top
  }

  /** Space before the next content, merged with other pending space and dropped at a page top. */
  addSpace(height: number): void {
    this.pending = Math.max(this.pending, height)
  }

  /** Whether `height` fits below the pending space on this page. */
  fits(height: number): boolean {
    return this.atTop || this.y + this.pending + height <= this.bottom
  }

  /** Moves to where content of `height` starts: below the pending space, or on a new page. */
  reserve(height: number): void {
    if (!this.fits(height)) this.newPage()
    else if (!this.atTop) this.y += this.pending
    this.pending = 0
  }

  newPage(): void {
    for (const bar of this.bars) this.drawBar(bar)
    this.doc.addPage()
    this.fill = null
    this.y = this.top
    this.pending = 0
    this.contentBottom = this.top
    this.onNewPage?.()
  }

  openBar(x: number, color: string): Bar {
    const bar = { x, color, startY: null }
    this.bars.push(bar)
    return bar
  }

  closeBar(bar: Bar): void {
    this.drawBar(bar)
    this.bars.splice(this.bars.indexOf(bar), 1)
  }

  /** Decoration (rules, fills, borders, page numbers) marked as an artifact for screen readers. */
  artifact(draw: (doc: Doc) => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.doc.markContent('Artifact', { type })
    draw(this.doc)
    this.doc.endMarkedContent()
    this.fill = null
  }

  /**
   * Draws `line` with its top at (`x`, `y`) as content of `owner` (its text is marked content
   * tagged with the owner's type), or as an artifact when `owner` is null.
   */
  drawLine(line: Line, x: number, y: number, owner: StructElement | null, tag: string): void {
    this.touch(y, y + line.height)
    if (!owner) return this.artifact(() => line.fragments.forEach((f) => this.text(f, x, y, line)))
    for (const group of groupByLink(line.fragments)) {
      const link = group[0]?.link
      const element = link ? this.linkElement(link, owner) : owner
      const content = this.doc.markStructureContent(link ? 'Link' : tag)
      for (const fragment of group) this.text(fragment, x, y, line)
      this.doc.endMarkedContent()
      element.add(content)
      if (!link) continue
      for (const fragment of group) {
        const options: TaggedLinkOptions = {
          structParent: element,
          Contents: new String(link.href),
        }
        const annotation = options as unknown as PDFKit.Mixins.AnnotationOption
        this.doc.link(x + fragment.x, y, fragment.width, line.height, link.href, annotation)
      }
      if (group.at(-1)?.linkEnd) {
        element.end()
        this.links.delete(link)
      }
    }
  }

  /** Marks the vertical extent of content drawn on this page, for bars beside it. */
  touch(top: number, bottom: number): void {
    for (const bar of this.bars) bar.startY ??= top
    this.contentBottom = Math.max(this.contentBottom, bottom)
  }

  private linkElement(link: LinkTarget, owner: StructElement): StructElement {
    let element = this.links.get(link)
    if (!element) {
      element = this.doc.struct('Link')
      owner.add(element)
      this.links.set(link, element)
    }
    return element
  }

  private text(fragment: Fragment, x: number, y: number, line: Line): void {
    const { style } = fragment
    const offset = (line.height - this.lineBox(style)) / 2
    this.doc.font(style.face, style.size)
    if (style.color !== this.fill) this.doc.fillColor(style.color)
    this.fill = style.color
    const options: MeasuredTextOptions = {
      lineBreak: false,
      underline: style.underline ?? false,
      textWidth: fragment.width,
      wordCount: 1,
    }
    this.doc.text(fragment.text, x + fragment.x, y + offset, options)
  }

  /** The height pdfkit gives a line of the font (ascender to descender). */
  private lineBox(style: TextStyle): number {
    let height = this.lineBoxes.get(style)
    if (height === undefined) {
      height = this.doc.font(style.face, style.size).currentLineHeight()
      this.lineBoxes.set(style, height)
    }
    return height
  }

  private drawBar(bar: Bar): void {
    if (bar.startY === null) return
    const { startY } = bar
    const height = this.contentBottom - startY
    if (height > 0) {
      this.artifact((doc) => doc.rect(bar.x, startY, pdfTheme.decisionBar, height).fill(bar.color))
    }
    bar.startY = null
  }
}
