import { TableRow, type IContext, type IXmlableObject } from 'docx'
import { layout } from './layout'
import { runsXml, type Run } from './runsXml'

const style = { 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': layout.tableText } } }] }

/**
 * A table row of one paragraph of runs per cell (in the table text style), each cell as wide as
 * its column. docx builds a dozen objects for a cell, which made a follow-up table of 300 rows
 * slow to write; this row writes its cells itself.
 */
export class TextRow extends TableRow {
  private readonly texts: readonly (readonly Run[])[]
  private readonly widths: readonly number[]

  constructor(cells: readonly (readonly Run[])[], widths: readonly number[]) {
    // The cells are not docx's, so the table does not size them: they get their widths here.
    super({ children: [] })
    this.texts = cells
    this.widths = widths
  }

  override prepForXml(context: IContext): IXmlableObject {
    return {
      'w:tr': this.texts.map((runs, i) => ({
        'w:tc': [
          { 'w:tcPr': [{ 'w:tcW': { _attr: { 'w:type': 'dxa', 'w:w': this.widths[i] ?? 0 } } }] },
          { 'w:p': [style, ...runsXml(runs, context)] },
        ],
      })),
    }
  }
}
