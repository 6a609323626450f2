import { DocLayout, itemLabel, readMeta, numberingOptions } from '@referat/shared'
import * as Y from 'yjs'
import type { AgendaItemOption } from './AgendaItemOption'
import { xmlPlainText } from './xmlPlainText'

/**
 * The agenda items of a meeting in order: the top-level `agendaItem` elements of the body,
 * each with its id, its number as the meeting numbers items, and the text of its title line.
 */
export function readAgendaItems(doc: Y.Doc): AgendaItemOption[] {
  const options = numberingOptions(readMeta(doc))
  const items: AgendaItemOption[] = []
  for (const node of doc.getXmlFragment(DocLayout.body).toArray()) {
    if (!(node instanceof Y.XmlElement) || node.nodeName !== 'agendaItem') continue
    const id = node.getAttribute('id')
    if (typeof id !== 'string' || !id) continue
    const label = itemLabel(items.length, options)
    const number = label.replace(/^(Sak|Item) /, '').replace(/\.$/, '')
    const title = node.firstChild instanceof Y.XmlElement ? xmlPlainText(node.firstChild) : ''
    items.push({ id, number, title: title.trim() })
  }
  return items
}
