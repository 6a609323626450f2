import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import { layout } from './layout'
import type { Run } from './runsXml'
import { TextRow } from './TextRow'

const line = { style: BorderStyle.SINGLE, size: 4, color: layout.rule }
const borders = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
}
const margins = { top: 40, bottom: 40, left: 100, right: 100 }

/**
 * A full-width table with thin grey rules, with a header row that Word repeats on every page, for
 * lists of people and of action items. `fractions` are the columns' shares of the width; each row
 * holds one cell's runs per column.
 */
export function dataTable(
  header: readonly string[],
  rows: readonly Run[][][],
  fractions: readonly number[],
): Table {
  const widths = fractions.map((f) => Math.round(f * layout.textWidth))
  const headerCells = header.map(
    (text) =>
      new TableCell({
        children: [
          new Paragraph({ children: [new TextRun({ text, bold: true })], style: layout.tableText }),
        ],
        shading: { fill: layout.headerFill },
      }),
  )
  return new Table({
    width: { size: layout.textWidth, type: WidthType.DXA },
    columnWidths: widths,
    borders,
    margins,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headerCells }),
      ...rows.map((row) => new TextRow(row, widths)),
    ],
  })
}
