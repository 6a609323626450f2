import * as Y from 'yjs'

/** The text inside a Y.Xml node, without marks or element tags. */
export function xmlPlainText(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) {
    return (node.toDelta() as { insert?: unknown }[])
      .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
      .join('')
  }
  if (node instanceof Y.XmlElement) return node.toArray().map(xmlPlainText).join('')
  return ''
}
