import { isSafeHref } from '@referat/shared'
import { normalizeHref } from './normalizeHref'

export interface CleanPastedHtmlOptions {
  /**
   * Whether headings 1–2 become section headings. Pasted inside an agenda item they cannot
   * stay there and would split the item, so the editor asks for bold paragraphs there instead.
   * @default true
   */
  sectionHeadings?: boolean
}

/**
 * Clipboard HTML from Word, Office, LibreOffice and Google Docs, cleaned for the referat schema.
 *
 * Such HTML carries headings, lists and links the editor should keep, under a heap of styling
 * it should not (`mso-` styles, classes, `<o:p>`, conditional comments, fonts, nbsp spacing).
 * The result holds only what the schema's parse rules read: paragraphs, section headings
 * (`<h2 data-type="section-heading">`, from h1/h2 and Word's title and heading 1–2 styles),
 * bold paragraphs (from h3–h6), real nested `<ul>`/`<ol>` lists (also from Word's list
 * paragraphs), `<strong>`, `<em>`, safe `<a href>` links and `<br>`: never agenda items. Tables
 * become one paragraph per row with the cells separated by tabs. Any other HTML (our own copy
 * between editors above all) is returned unchanged.
 */
export function cleanPastedHtml(html: string, options: CleanPastedHtmlOptions = {}): string {
  if (!looksLikeOfficeHtml(html)) return html
  const source = new DOMParser().parseFromString(html, 'text/html')
  const out = source.createElement('div')
  new BlockWriter(out, options.sectionHeadings ?? true).write(Array.from(source.body.childNodes))
  // Text we failed to understand is better pasted as it came than lost.
  return hasText(out) || !hasText(source.body) ? out.innerHTML : html
}

const OFFICE_MARKERS = [
  /urn:schemas-microsoft-com/i,
  /\bclass=["']?Mso/i,
  /[\s;"'{]mso-[a-z-]+\s*:/i,
  /docs-internal-guid/i,
  /<meta\b[^>]*\bcontent=["']?(?:LibreOffice|OpenOffice|Microsoft|Word\.Document)/i,
]

/** Whether `html` comes from an office suite (and not from a ProseMirror editor's copy). */
export function looksLikeOfficeHtml(html: string): boolean {
  if (/\bdata-pm-slice=/.test(html)) return false
  return OFFICE_MARKERS.some((marker) => marker.test(html))
}

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const COMMENT_NODE = 8

/** Elements dropped with everything in them. */
const DROPPED = new Set([
  'audio',
  'button',
  'canvas',
  'embed',
  'head',
  'hr',
  'iframe',
  'img',
  'input',
  'link',
  'map',
  'meta',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'video',
  'xml',
])

/** Elements that hold blocks or are blocks: never inline content of a paragraph. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
])

/** Word's conditional fallbacks whose content is Word's own rendering: list markers, line ends. */
const SKIPPED_CONDITIONAL = /^\[if\s+!support(?:Lists|LineBreakNewLine)\]$/i
const END_CONDITIONAL = /^\[endif\]$/i

const CELL_SEPARATOR = '\t'
const WHITESPACE = /[ \t\n\r\f\u00a0]/
const NOT_WHITESPACE = /[^ \t\n\r\f\u00a0]/

const tagOf = (element: Element) => element.tagName.toLowerCase()
const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE
const isText = (node: Node): node is Text => node.nodeType === TEXT_NODE
const hasText = (node: Node) => NOT_WHITESPACE.test(node.textContent ?? '')

function styleOf(element: Element): Map<string, string> {
  const style = new Map<string, string>()
  for (const declaration of (element.getAttribute('style') ?? '').split(';')) {
    const colon = declaration.indexOf(':')
    if (colon < 0) continue
    const value = declaration
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .toLowerCase()
    style.set(declaration.slice(0, colon).trim().toLowerCase(), value)
  }
  return style
}

function classesOf(element: Element): string[] {
  return (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean)
}

/** `font-weight` of the style: true when bold, false when set but not bold, else null. */
function boldOf(style: Map<string, string>): boolean | null {
  const weight = style.get('font-weight')
  if (!weight) return null
  if (weight === 'bold' || weight === 'bolder') return true
  const number = Number.parseInt(weight, 10)
  return Number.isFinite(number) ? number >= 600 : false
}

/** `font-style` of the style: true when italic, false when set but not italic, else null. */
function italicOf(style: Map<string, string>): boolean | null {
  const fontStyle = style.get('font-style')
  if (!fontStyle) return null
  return fontStyle === 'italic' || fontStyle.startsWith('oblique')
}

function isHidden(style: Map<string, string>): boolean {
  return style.get('display') === 'none' || style.get('mso-hide') === 'all'
}

/** Word's list marker span (`1.`, `·` …), rendered by Word itself. */
function isListMarker(element: Element): boolean {
  return /^ignore$/i.test(styleOf(element).get('mso-list') ?? '')
}

/** An element from an XML namespace (`o:p`, `w:sdt`, `v:shape`, `st1:place` …). */
function namespaceOf(element: Element): string | null {
  const tag = tagOf(element)
  const colon = tag.indexOf(':')
  return colon < 0 ? null : tag.slice(0, colon)
}

function containsBlock(element: Element): boolean {
  for (const child of Array.from(element.children)) {
    if (BLOCKS.has(tagOf(child)) || containsBlock(child)) return true
  }
  return false
}

type Wrapper = { tag: 'strong' | 'em' } | { tag: 'a'; href: string }

/** The inline formatting `element` itself stands for, outermost first. */
function wrappersOf(element: Element): Wrapper[] {
  const tag = tagOf(element)
  const style = styleOf(element)
  const wrappers: Wrapper[] = []
  if (tag === 'a') {
    const href = safeHref(element)
    if (href) wrappers.push({ tag: 'a', href })
  }
  const bold = boldOf(style)
  if (tag === 'b' || tag === 'strong' ? bold !== false : bold === true) {
    wrappers.push({ tag: 'strong' })
  }
  const italic = italicOf(style)
  if (tag === 'i' || tag === 'em' ? italic !== false : italic === true) {
    wrappers.push({ tag: 'em' })
  }
  return wrappers
}

function safeHref(element: Element): string | null {
  const raw = element.getAttribute('href')
  if (!raw?.trim()) return null
  const href = normalizeHref(raw)
  return isSafeHref(href) ? href : null
}

/** The marker text Word renders before a list paragraph ("1.", "a)", "·", "o", "§"), or null. */
function listMarkerOf(paragraph: Element): string | null {
  const marker = supportListsText(paragraph) ?? markerSpanText(paragraph)
  return marker === null ? null : marker.replace(/[\s\u00a0]+/g, '')
}

/** The text between `<![if !supportLists]>` and `<![endif]>`, or null without them. */
function supportListsText(parent: Node): string | null {
  const children = Array.from(parent.childNodes)
  const start = children.findIndex(
    (child) =>
      child.nodeType === COMMENT_NODE &&
      /^\[if\s+!supportLists\]$/i.test(child.nodeValue?.trim() ?? ''),
  )
  if (start >= 0) {
    let text = ''
    for (const child of children.slice(start + 1)) {
      if (child.nodeType === COMMENT_NODE) {
        if (END_CONDITIONAL.test(child.nodeValue?.trim() ?? '')) break
      } else {
        text += child.textContent ?? ''
      }
    }
    return text
  }
  for (const child of children) {
    const text = isElement(child) ? supportListsText(child) : null
    if (text !== null) return text
  }
  return null
}

/** The text of the first `mso-list:Ignore` span, or null without one. */
function markerSpanText(parent: Element): string | null {
  for (const child of Array.from(parent.children)) {
    if (isListMarker(child)) return child.textContent ?? ''
    const text = markerSpanText(child)
    if (text !== null) return text
  }
  return null
}

const ORDERED_MARKER = /^\(?(?:\d+|[a-z]{1,4})(?:\.\d+)*[.)]$|^\d+(?:\.\d+)+$/i

interface WordListItem {
  listId: string
  level: number
  ordered: boolean
  start: number
}

/** How a Word list paragraph sits in its list, or null for any other element. */
function wordListItemOf(element: Element): WordListItem | null {
  if (tagOf(element) !== 'p') return null
  const msoList = styleOf(element).get('mso-list') ?? ''
  const place = /^(l\d+)\s+level(\d+)/i.exec(msoList)
  const listClass = classesOf(element).some((name) => /^MsoList/i.test(name))
  const marker = place || listClass ? listMarkerOf(element) : null
  if (!place && (!listClass || marker === null)) return null
  return {
    listId: place?.[1]?.toLowerCase() ?? '',
    level: Number.parseInt(place?.[2] ?? '1', 10) || 1,
    ordered: ORDERED_MARKER.test(marker ?? ''),
    start: Number.parseInt(/^\(?(\d+)[.)]?$/.exec(marker ?? '')?.[1] ?? '1', 10),
  }
}

/** Word's list paragraphs that continue a list item (List Paragraph style, no marker). */
function isListContinuation(element: Element): boolean {
  return tagOf(element) === 'p' && classesOf(element).some((name) => /^MsoList/i.test(name))
}

type HeadingKind = 'section' | 'bold' | null

function headingOf(element: Element): HeadingKind {
  const tag = tagOf(element)
  if (tag === 'h1' || tag === 'h2') return 'section'
  if (/^h[3-6]$/.test(tag)) return 'bold'
  if (tag !== 'p') return null
  const classes = classesOf(element)
  if (classes.some((name) => /^Mso(?:Title|Heading[12])$/i.test(name))) return 'section'
  if (classes.some((name) => /^Mso(?:Subtitle|Heading[3-9])$/i.test(name))) return 'bold'
  return null
}

/**
 * Writes inline content (text, strong, em, a, br) into a paragraph. Blocks met inside (a cell's
 * paragraphs) start a new line, table cells are separated by a tab.
 */
class InlineWriter {
  /** Whether text has been written since the last line break. */
  private lineHasContent = false
  /** What goes before the next text: a line break, a tab, or nothing. */
  private separator: 'br' | 'tab' | null = null

  constructor(private readonly root: Element) {}

  write(nodes: Node[], target: Element = this.root): void {
    let skipping = false
    for (const node of nodes) {
      if (node.nodeType === COMMENT_NODE) {
        const data = (node.nodeValue ?? '').trim()
        if (SKIPPED_CONDITIONAL.test(data)) skipping = true
        else if (END_CONDITIONAL.test(data)) skipping = false
        continue
      }
      if (skipping) continue
      if (isText(node)) {
        if (NOT_WHITESPACE.test(node.data)) this.startText(target)
        target.append(node.data)
      } else if (isElement(node)) {
        this.element(node, target)
      }
    }
  }

  private startText(target: Element): void {
    if (this.separator === 'br') target.append(this.root.ownerDocument.createElement('br'))
    else if (this.separator === 'tab') target.append(CELL_SEPARATOR)
    this.separator = null
    this.lineHasContent = true
  }

  private element(element: Element, target: Element): void {
    const tag = tagOf(element)
    const style = styleOf(element)
    if (DROPPED.has(tag) || isHidden(style) || isListMarker(element)) return
    const namespace = namespaceOf(element)
    if (namespace !== null) {
      // o:p holds Word's paragraph-end spacing, v: its drawings; keep any real text of the rest.
      if (namespace !== 'v' && hasText(element)) this.write(Array.from(element.childNodes), target)
      return
    }
    if (tag === 'br') {
      const pageBreak = style.has('page-break-before') || style.has('page-break-after')
      if (pageBreak) return
      target.append(this.root.ownerDocument.createElement('br'))
      this.lineHasContent = false
      this.separator = null
      return
    }
    const block = BLOCKS.has(tag)
    if (tag === 'td' || tag === 'th') {
      if (this.lineHasContent) this.separator = 'tab'
    } else if (block && this.lineHasContent && this.separator !== 'tab') {
      this.separator = 'br'
    }
    const wrappers = wrappersOf(element)
    // The separator goes before the formatting, not into it.
    if (wrappers.length > 0 && this.separator && hasText(element)) this.startText(target)
    let inner = target
    for (const wrapper of wrappers) {
      const wrapped = this.root.ownerDocument.createElement(wrapper.tag)
      if (wrapper.tag === 'a') wrapped.setAttribute('href', wrapper.href)
      inner.append(wrapped)
      inner = wrapped
    }
    this.write(Array.from(element.childNodes), inner)
    if (block && this.lineHasContent && !this.separator) this.separator = 'br'
  }
}

/**
 * Tidies the whitespace of a paragraph built by InlineWriter: runs of spaces and nbsp (Word's
 * spacing) become one space, none at the start or end of a line, no line breaks at the start or
 * end, no empty formatting. Returns whether any text is left.
 */
function tidy(block: Element): boolean {
  const leaves: (Text | Element)[] = []
  const collect = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (isText(child)) leaves.push(child)
      else if (isElement(child)) {
        if (tagOf(child) === 'br') leaves.push(child)
        else collect(child)
      }
    }
  }
  collect(block)

  let line: Text[] = []
  let afterSpace = true
  const endLine = () => {
    for (let i = line.length - 1; i >= 0; i--) {
      const text = line[i] as Text
      text.data = text.data.replace(/[ \t\n\r\f\u00a0]+$/, '')
      if (text.data) break
    }
    line = []
    afterSpace = true
  }
  for (const leaf of leaves) {
    if (!isText(leaf)) {
      endLine()
      continue
    }
    if (leaf.data === CELL_SEPARATOR) {
      // Between table cells: the tab stays, the spaces around it go.
      endLine()
      continue
    }
    let text = leaf.data.replace(/[ \t\n\r\f\u00a0]{2,}/g, ' ').replace(/[\n\r\f]/g, ' ')
    if (afterSpace) text = text.replace(/^[ \t\n\r\f\u00a0]+/, '')
    if (text) afterSpace = WHITESPACE.test(text.slice(-1))
    leaf.data = text
    line.push(leaf)
  }
  endLine()

  // Line breaks before the first or after the last text, then empty text and formatting.
  const hasData = (leaf: Text | Element) => isText(leaf) && leaf.data !== ''
  const first = leaves.findIndex(hasData)
  const last = leaves.findLastIndex(hasData)
  leaves.forEach((leaf, index) => {
    if (isElement(leaf) && (index < first || index > last)) leaf.remove()
  })
  for (const leaf of leaves) if (isText(leaf) && !leaf.data) leaf.remove()
  const formatting = Array.from(block.querySelectorAll('strong, em, a')).reverse()
  for (const element of formatting) if (!element.firstChild) element.remove()
  return hasText(block)
}

/** Writes blocks (paragraphs, section headings, lists) into `out`. */
class BlockWriter {
  /** The Word list being built from consecutive list paragraphs, innermost level last. */
  private lists: {
    list: Element
    level: number
    ordered: boolean
    listId: string
    item: Element
  }[] = []

  constructor(
    private readonly out: Element,
    /** Whether section headings may go here (not inside list items or agenda items). */
    private readonly sectionHeadings: boolean,
  ) {}

  private get document(): Document {
    return this.out.ownerDocument
  }

  write(nodes: Node[], wrappers: Wrapper[] = []): void {
    let inline: Node[] = []
    const flush = () => {
      const paragraph = this.paragraph(inline, wrappers)
      if (paragraph) this.emit(paragraph)
      inline = []
    }
    for (const node of nodes) {
      if (!isElement(node)) {
        inline.push(node)
        continue
      }
      const tag = tagOf(node)
      if (DROPPED.has(tag) || isHidden(styleOf(node))) continue
      if (BLOCKS.has(tag)) {
        flush()
        this.block(node, wrappers)
      } else if (containsBlock(node)) {
        // An inline element around blocks, like Google Docs' <b id="docs-internal-guid-…">.
        flush()
        this.write(Array.from(node.childNodes), [...wrappers, ...wrappersOf(node)])
      } else {
        inline.push(node)
      }
    }
    flush()
  }

  private emit(block: Element): void {
    this.lists = []
    this.out.append(block)
  }

  private block(element: Element, wrappers: Wrapper[]): void {
    const tag = tagOf(element)
    const children = Array.from(element.childNodes)
    const listItem = wordListItemOf(element)
    if (listItem && !headingOf(element)) {
      const paragraph = this.paragraph(children, wrappers)
      if (paragraph) this.addListItem(listItem, paragraph)
      return
    }
    const heading = headingOf(element)
    if (heading === 'section' && this.sectionHeadings) {
      const sectionHeading = this.sectionHeading(children)
      if (sectionHeading) this.emit(sectionHeading)
    } else if (heading) {
      const paragraph = this.paragraph(children, [...wrappers, { tag: 'strong' }])
      if (paragraph) this.emit(paragraph)
    } else if (tag === 'p' || tag === 'pre') {
      const paragraph = this.paragraph(children, wrappers)
      if (!paragraph) return
      const list = this.lists.at(-1)
      if (list && isListContinuation(element)) list.item.append(paragraph)
      else this.emit(paragraph)
    } else if (tag === 'ul' || tag === 'ol') {
      const list = this.list(element)
      if (list) this.emit(list)
    } else if (tag === 'table') {
      this.table(element, wrappers)
    } else {
      // div, body, blockquote, section, a stray li or cell …: their content, block by block.
      this.write(children, wrappers)
    }
  }

  /** A paragraph of the inline `nodes`, or null when it would hold no text. */
  private paragraph(nodes: Node[], wrappers: Wrapper[]): Element | null {
    const paragraph = this.document.createElement('p')
    let target: Element = paragraph
    for (const wrapper of wrappers) {
      const wrapped = this.document.createElement(wrapper.tag)
      if (wrapper.tag === 'a') wrapped.setAttribute('href', wrapper.href)
      target.append(wrapped)
      target = wrapped
    }
    new InlineWriter(paragraph).write(nodes, target)
    return tidy(paragraph) ? paragraph : null
  }

  /** The schema's section heading: plain text on one line. */
  private sectionHeading(nodes: Node[]): Element | null {
    const scratch = this.document.createElement('p')
    new InlineWriter(scratch).write(nodes)
    for (const br of Array.from(scratch.querySelectorAll('br'))) br.replaceWith(' ')
    if (!tidy(scratch)) return null
    const heading = this.document.createElement('h2')
    heading.setAttribute('data-type', 'section-heading')
    heading.textContent = (scratch.textContent ?? '').replace(/[ \t]+/g, ' ').trim()
    return heading
  }

  private addListItem(place: WordListItem, paragraph: Element): void {
    const lists = this.lists
    const outermost = lists[0]
    if (outermost && place.listId !== outermost.listId && place.level <= outermost.level) {
      lists.length = 0
    }
    while ((lists.at(-1)?.level ?? 0) > place.level) lists.pop()
    let current = lists.at(-1)
    if (current && current.level === place.level && current.ordered !== place.ordered) {
      lists.pop()
      current = lists.at(-1)
    }
    const item = this.document.createElement('li')
    item.append(paragraph)
    if (current && current.level === place.level) {
      current.list.append(item)
      current.item = item
      return
    }
    const list = this.document.createElement(place.ordered ? 'ol' : 'ul')
    if (place.ordered && place.start > 1) list.setAttribute('start', String(place.start))
    list.append(item)
    if (current) current.item.append(list)
    else this.out.append(list)
    lists.push({ list, level: place.level, ordered: place.ordered, listId: place.listId, item })
  }

  /** A real `<ul>`/`<ol>`: its items, and lists nested right in it moved into the item above. */
  private list(element: Element): Element | null {
    const tag = tagOf(element) as 'ul' | 'ol'
    const list = this.document.createElement(tag)
    const start = Number.parseInt(element.getAttribute('start') ?? '', 10)
    if (tag === 'ol' && start > 1) list.setAttribute('start', String(start))
    let last: Element | null = null
    for (const child of Array.from(element.childNodes)) {
      const childTag = isElement(child) ? tagOf(child) : ''
      if (childTag === 'ul' || childTag === 'ol') {
        const nested = this.list(child as Element)
        if (!nested) continue
        if (last) last.append(nested)
        else list.append(...Array.from(nested.childNodes))
        continue
      }
      if (!isElement(child) && !hasText(child)) continue
      const item = this.listItem(childTag === 'li' ? Array.from(child.childNodes) : [child])
      if (item) {
        list.append(item)
        last = item
      }
    }
    return list.firstChild ? list : null
  }

  private listItem(nodes: Node[]): Element | null {
    const item = this.document.createElement('li')
    new BlockWriter(item, false).write(nodes)
    if (!item.firstChild) return null
    if (item.firstElementChild?.tagName.toLowerCase() !== 'p') {
      item.prepend(this.document.createElement('p'))
    }
    return item
  }

  /** One paragraph per row, cells separated by tabs, a cell's own lines by line breaks. */
  private table(table: Element, wrappers: Wrapper[]): void {
    const rows = Array.from(table.querySelectorAll('tr')).filter(
      (row) => row.closest('table') === table,
    )
    for (const row of rows) {
      const paragraph = this.paragraph([row], wrappers)
      if (paragraph) this.emit(paragraph)
    }
  }
}
