import { readAttendees, readMeta, toReferat, type Referat } from '@referat/shared'
import type * as Y from 'yjs'
import { loadStoredDoc, readBody } from '../meetings/readBody'
import type { Storage, StoredDocument } from '../storage/Storage'

/** The referat of a meeting's Y.Doc as plain data. */
export function referatOf(doc: Y.Doc): Referat {
  return toReferat(readMeta(doc), readAttendees(doc), readBody(doc))
}

function referatOfStored(stored: StoredDocument): Referat {
  const doc = loadStoredDoc(stored)
  try {
    return referatOf(doc)
  } finally {
    doc.destroy()
  }
}

/**
 * The referat of a stored meeting: its finalized version `version` when given, else its current
 * state. Null when there is no such meeting or version.
 */
export async function storedReferat(
  storage: Storage,
  id: string,
  version?: number,
): Promise<Referat | null> {
  if (version === undefined) {
    const stored = await storage.loadDocument(id)
    return stored ? referatOfStored(stored) : null
  }
  const state = await storage.getVersion(id, version)
  return state ? referatOfStored({ snapshot: state, updates: [] }) : null
}
