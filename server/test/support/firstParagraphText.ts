import { DocLayout } from '@referat/shared'
import * as Y from 'yjs'

/** The text of the first paragraph of the first agenda item, once the client has it. */
export function firstParagraphText(doc: Y.Doc): Y.XmlText | null {
  const item = doc.getXmlFragment(DocLayout.body).get(0)
  const paragraph = item instanceof Y.XmlElement ? item.get(1) : null
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null
  return text instanceof Y.XmlText ? text : null
}
