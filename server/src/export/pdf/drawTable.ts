import type { StructOptions, TableCell, TableLayout } from './FlowItem'
import type { PdfCanvas } from './PdfCanvas'
import { pdfTheme } from './pdfTheme'

type StructElement = PDFKit.PDFStructureElement

const pad = pdfTheme.cellPadding
const headerCell: StructOptions = { scope: 'Column' }

function rowLines(cells: readonly TableCell[]): number {
  return Math.max(1, ...cells.map((cell) => cell.lines.length))
}

function rowHeight(table: TableLayout, cells: readonly TableCell[]): number {
  return rowLines(cells) * table.lineHeight + 2 * pad
}

/** Height of the whole table when drawn on one page. */
export function tableHeight(table: TableLayout): number {
  return table.rows.reduce(
    (sum, cells) => sum + rowHeight(table, cells),
    rowHeight(table, table.header),
  )
}

/**
 * Height that must be free for the table to start on a page: the header and the first row, or
 * only its first line when the row is too tall for any page and will be split anyway.
 */
export function tableKeepHeight(table: TableLayout, capacity: number): number {
  const header = rowHeight(table, table.header)
  const first = table.rows[0] ? rowHeight(table, table.rows[0]) : 0
  return header + (first <= capacity - header ? first : table.lineHeight + 2 * pad)
}

/**
 * Draws lines `from`..`to` of every cell of a row at the canvas position, with the header fill
 * and the cell borders as artifacts. `elements` are the cells' structure elements, or null for a
 * header repeated on a new page (an artifact too).
 */
function drawSegment(
  canvas: PdfCanvas,
  table: TableLayout,
  cells: readonly TableCell[],
  elements: readonly StructElement[] | null,
  header: boolean,
  [from, to]: [number, number],
): void {
  const top = canvas.y
  const height = (to - from) * table.lineHeight + 2 * pad
  const box = (i: number) => {
    const column = table.columns[i] ?? { x: 0, width: 0 }
    return [canvas.left + column.x, top, column.width, height] as const
  }
  if (header) {
    canvas.artifact((doc) => {
      cells.forEach((_, i) => doc.rect(...box(i)))
      doc.fill(pdfTheme.color.headerFill)
    })
  }
  cells.forEach((cell, i) => {
    const [x] = box(i)
    cell.lines.slice(from, to).forEach((line, n) => {
      const y = top + pad + n * table.lineHeight
      canvas.drawLine(line, x + pad, y, elements?.[i] ?? null, header ? 'TH' : 'TD')
    })
  })
  canvas.artifact((doc) => {
    cells.forEach((_, i) => doc.rect(...box(i)))
    doc.lineWidth(0.5).stroke(pdfTheme.color.rule)
  })
  canvas.touch(top, top + height)
  canvas.y = top + height
}

/**
 * Draws a table from the canvas position: a tagged header row, then the rows, each moved to the
 * next page when it does not fit (with the header repeated there) and split between lines when it
 * is taller than a page.
 */
export function drawTable(canvas: PdfCanvas, table: TableLayout, parent: StructElement): void {
  const { doc } = canvas
  const element = doc.struct('Table')
  parent.add(element)
  const headerHeight = rowHeight(table, table.header)
  const drawRow = (cells: readonly TableCell[], header: boolean) => {
    const row = doc.struct('TR')
    element.add(row)
    const type = header ? 'TH' : 'TD'
    const cellElements = cells.map(() => {
      const cell = doc.struct(type, header ? headerCell : {})
      row.add(cell)
      return cell
    })
    const total = rowLines(cells)
    let from = 0
    let fresh = false
    while (from < total) {
      // On a fresh page at least one line is drawn, so a page too short for any still progresses.
      const fit = Math.floor((canvas.bottom - canvas.y - 2 * pad) / table.lineHeight + 1e-6)
      const room = fresh ? Math.max(1, fit) : fit
      const rest = total - from
      const wholeFitsNewPage = rest * table.lineHeight + 2 * pad <= canvas.capacity - headerHeight
      if (room >= rest) {
        drawSegment(canvas, table, cells, cellElements, header, [from, total])
        break
      }
      if (room >= 1 && !(from === 0 && wholeFitsNewPage)) {
        drawSegment(canvas, table, cells, cellElements, header, [from, from + room])
        from += room
      }
      canvas.newPage()
      fresh = true
    }
    row.end()
  }
  const repeatHeader = () =>
    drawSegment(canvas, table, table.header, null, true, [0, rowLines(table.header)])
  drawRow(table.header, true)
  const previous = canvas.onNewPage
  canvas.onNewPage = repeatHeader
  for (const cells of table.rows) drawRow(cells, false)
  canvas.onNewPage = previous
  element.end()
}
