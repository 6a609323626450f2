import type * as Y from 'yjs'
import { DocLayout } from './docLayout'
import { newId } from './newId'

/** The epoch of a meeting's document, or null when it has none yet. */
export function readEpoch(doc: Y.Doc): string | null {
  const id = doc.getMap<unknown>(DocLayout.epoch).get('id')
  return typeof id === 'string' ? id : null
}

/** Gives the document a new epoch (in a transaction with `origin`) and returns it. */
export function renewEpoch(doc: Y.Doc, origin: unknown = null): string {
  const id = newId()
  doc.transact(() => doc.getMap<unknown>(DocLayout.epoch).set('id', id), origin)
  return id
}
