import { drawTable, tableHeight, tableKeepHeight } from './drawTable'
import type { FlowItem } from './FlowItem'
import type { Bar, PdfCanvas } from './PdfCanvas'

interface OpenElement {
  element: PDFKit.PDFStructureElement
  type: string
  bar: Bar | null
}

/** The vertical space an item takes when drawn. */
function heightOf(item: FlowItem): number {
  switch (item.kind) {
    case 'line':
      return item.inline ? 0 : item.line.height
    case 'space':
    case 'rule':
      return item.height
    case 'table':
      return tableHeight(item.table)
    default:
      return 0
  }
}

/** For every `open` item, the index of its `close`. */
function matchCloses(items: readonly FlowItem[]): Map<number, number> {
  const closes = new Map<number, number>()
  const open: number[] = []
  items.forEach((item, index) => {
    if (item.kind === 'open') open.push(index)
    if (item.kind === 'close') closes.set(open.pop() ?? 0, index)
  })
  return closes
}

/**
 * Draws the flow onto pages: each line where it fits, a heading or a first line together with
 * what must follow it, a `keepTogether` element on one page when it fits one, and the structure
 * tree below `root` in reading order.
 */
export function paginate(
  items: readonly FlowItem[],
  canvas: PdfCanvas,
  root: PDFKit.PDFStructureElement,
): void {
  const { doc } = canvas
  const closes = matchCloses(items)
  const offsets = [0]
  for (const item of items) offsets.push((offsets.at(-1) ?? 0) + heightOf(item))

  const togetherHeight = (open: number): number =>
    (offsets[closes.get(open) ?? open] ?? 0) - (offsets[open] ?? 0)

  /** Height of item `i` and of the items that must stay on its page with it. */
  const chainHeight = (i: number): number => {
    let height = 0
    let minimum = 0
    for (let j = i; j < items.length; j++) {
      const item = items[j] as FlowItem
      const whole = item.kind === 'open' && item.keepTogether ? togetherHeight(j) : Infinity
      if (j > i && whole <= canvas.capacity) {
        height += whole
        break
      }
      if (item.kind === 'table') height += tableKeepHeight(item.table, canvas.capacity)
      else height += heightOf(item)
      if (minimum === 0) minimum = height
      const keeps = item.kind === 'line' ? item.keepWithNext : item.kind !== 'table'
      if (height > 0 && !keeps) break
    }
    return height <= canvas.capacity ? height : minimum
  }

  const stack: OpenElement[] = [{ element: root, type: 'Document', bar: null }]
  items.forEach((item, index) => {
    const parent = stack.at(-1) as OpenElement
    switch (item.kind) {
      case 'space':
        return canvas.addSpace(item.height)
      case 'open': {
        if (item.keepTogether) {
          const height = togetherHeight(index)
          if (height <= canvas.capacity && !canvas.fits(height)) canvas.newPage()
        }
        const element = doc.struct(item.type, item.options ?? {})
        parent.element.add(element)
        const bar = item.bar ? canvas.openBar(canvas.left + item.bar.x, item.bar.color) : null
        stack.push({ element, type: item.type, bar })
        return
      }
      case 'close': {
        const open = stack.pop()
        if (open?.bar) canvas.closeBar(open.bar)
        open?.element.end()
        return
      }
      case 'line':
        canvas.reserve(chainHeight(index))
        canvas.drawLine(item.line, canvas.left + item.x, canvas.y, parent.element, parent.type)
        if (!item.inline) canvas.y += item.line.height
        return
      case 'rule':
        canvas.reserve(chainHeight(index))
        canvas.artifact((d) =>
          d
            .moveTo(canvas.left + item.x, canvas.y + item.height / 2)
            .lineTo(canvas.left + item.x + item.width, canvas.y + item.height / 2)
            .lineWidth(0.75)
            .stroke(item.color),
        )
        canvas.y += item.height
        return
      case 'table':
        canvas.reserve(chainHeight(index))
        return drawTable(canvas, item.table, parent.element)
    }
  })
}
