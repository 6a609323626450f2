import { readMeta } from '@referat/shared'
import type * as Y from 'yjs'
import { readBody } from './readBody'

/** The case number that follows the last agenda item of a meeting (for yearly numbering). */
export function caseNumberAfter(doc: Y.Doc): number {
  const items = (readBody(doc).content ?? []).filter((node) => node.type === 'agendaItem').length
  return readMeta(doc).numberStart + items
}
