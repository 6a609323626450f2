import type { IContext, IXmlableObject } from 'docx'

/** A run of text with its marks, maybe a link, maybe after a line break. */
export interface Run {
  text: string
  bold?: boolean
  italic?: boolean
  /** A hex colour such as '57606A'. */
  color?: string
  /** An address to link to, already checked as safe. */
  href?: string
  /** Whether a line break comes before the text. */
  lineBreak?: boolean
}

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink'
/** Word keeps a link's fragment as the hyperlink's anchor, up to this length (see docx). */
const MAX_ANCHOR = 255

// docx only reads these, so every run shares them.
const LINK_STYLE = { 'w:rStyle': { _attr: { 'w:val': 'Hyperlink' } } }
const BOLD = [{ 'w:b': {} }, { 'w:bCs': {} }]
const ITALIC = [{ 'w:i': {} }, { 'w:iCs': {} }]
const BREAK = { 'w:br': {} }
const PRESERVE = { _attr: { 'xml:space': 'preserve' } }

function runXml(run: Run): IXmlableObject {
  const props: IXmlableObject[] = []
  if (run.href) props.push(LINK_STYLE)
  if (run.bold) props.push(...BOLD)
  if (run.italic) props.push(...ITALIC)
  if (run.color) props.push({ 'w:color': { _attr: { 'w:val': run.color } } })
  const content: IXmlableObject[] = []
  if (props.length > 0) content.push({ 'w:rPr': props })
  if (run.lineBreak) content.push(BREAK)
  if (run.text) {
    // Word drops spaces at the ends of a w:t, and runs of spaces in it, unless told to keep them.
    const keep = /^\s|\s$|\s\s/.test(run.text)
    content.push({ 'w:t': keep ? [PRESERVE, run.text] : run.text })
  }
  return { 'w:r': content }
}

function hyperlinkXml(context: IContext, href: string, runs: IXmlableObject[]): IXmlableObject {
  const relationships = context.viewWrapper.Relationships
  const hash = href.indexOf('#')
  const anchor = hash > 0 ? href.slice(hash + 1) : ''
  const split = anchor.length > 0 && anchor.length <= MAX_ANCHOR
  const id = `Link${relationships.RelationshipCount + 1}`
  relationships.addRelationship(id, HYPERLINK, split ? href.slice(0, hash) : href, 'External')
  const attributes = {
    'r:id': `rId${id}`,
    'w:history': 1,
    ...(split ? { 'w:anchor': anchor } : {}),
  }
  return { 'w:hyperlink': [{ _attr: attributes }, ...runs] }
}

/**
 * Runs as the objects docx turns into XML (and escapes), neighbouring runs with the same address
 * in one hyperlink, whose relationship goes to the part being written. docx's `TextRun` builds a
 * dozen objects per run and is as slow to write; with it a 300-item meeting took half a second.
 */
export function runsXml(runs: readonly Run[], context: IContext): IXmlableObject[] {
  const content: IXmlableObject[] = []
  for (let i = 0; i < runs.length;) {
    const href = runs[i]?.href
    let end = i + 1
    while (href && end < runs.length && runs[end]?.href === href) end += 1
    const xml = runs.slice(i, end).map(runXml)
    content.push(...(href ? [hyperlinkXml(context, href, xml)] : xml))
    i = end
  }
  return content
}
