import {
  FileChild,
  Paragraph,
  type IContext,
  type IParagraphOptions,
  type IXmlableObject,
} from 'docx'
import { runsXml, type Run } from './runsXml'

type Options = Omit<IParagraphOptions, 'text' | 'children'>

/** The properties docx wrote for each set of options, per document (its `File`). */
const written = new WeakMap<object, Map<string, IXmlableObject[]>>()

/**
 * A paragraph of text runs, for the body of a document. Its properties (style, numbering, borders,
 * indent) are docx's own `Paragraph` options; its runs are written by {@link runsXml}, many times
 * faster than docx's. Most paragraphs of a referat share one of a handful of sets of properties,
 * and docx takes as long to write them as the text, so each set is written once per document.
 */
export class TextParagraph extends FileChild {
  private readonly runs: readonly Run[]
  private readonly format: Options | null
  private readonly key: string

  constructor(runs: readonly Run[], options: Options = {}) {
    super('w:p')
    this.runs = runs
    const plain = Object.values(options).every((value) => value === undefined)
    this.format = plain ? null : options
    this.key = plain ? '' : JSON.stringify(options)
  }

  override prepForXml(context: IContext): IXmlableObject {
    return { 'w:p': [...this.propertiesXml(context), ...runsXml(this.runs, context)] }
  }

  private propertiesXml(context: IContext): IXmlableObject[] {
    if (!this.format) return []
    let cache = written.get(context.file)
    if (!cache) written.set(context.file, (cache = new Map()))
    let xml = cache.get(this.key)
    if (!xml) {
      const own = new Paragraph(this.format).prepForXml(context)?.['w:p']
      xml = Array.isArray(own) ? own : []
      cache.set(this.key, xml)
    }
    return xml
  }
}
