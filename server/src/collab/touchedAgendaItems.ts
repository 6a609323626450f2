import * as Y from 'yjs'

/** Ids of the agenda items a transaction changed something inside. */
export function touchedAgendaItems(transaction: Y.Transaction): Set<string> {
  const ids = new Set<string>()
  for (const type of transaction.changed.keys()) {
    for (let t: unknown = type; t instanceof Y.AbstractType; t = t._item?.parent) {
      if (t instanceof Y.XmlElement && t.nodeName === 'agendaItem') {
        const id = t.getAttribute('id')
        if (typeof id === 'string') ids.add(id)
        break
      }
    }
  }
  return ids
}
