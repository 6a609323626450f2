import * as Y from 'yjs'
import { loadStoredDoc } from '../../src/meetings/readBody'
import { SqliteStorage } from '../../src/storage/SqliteStorage'

export interface StoredCheck {
  /** The meeting as stored (destroy it when done). */
  doc: Y.Doc
  /** Distinct updates checked. */
  checked: number
  /** Of those, how many the stored document lacks, wholly or in part. */
  missing: number
}

/**
 * Reads a meeting from the data folder with the server's own storage code, as a restarted
 * server would load it, and counts the updates of `updates` it lacks. An update is lacking if
 * its state vector reaches past the stored one, or if applying it to the stored document changes
 * anything (a struct or a deletion the document does not have, or one it cannot place).
 */
export async function checkStored(
  dataDir: string,
  meetingId: string,
  updates: Iterable<Uint8Array>,
): Promise<StoredCheck> {
  const storage = new SqliteStorage(dataDir)
  let stored
  try {
    stored = await storage.loadDocument(meetingId)
  } finally {
    await storage.close()
  }
  if (!stored) throw new Error(`meeting ${meetingId} is not stored`)
  const doc = loadStoredDoc(stored)
  const state = Y.decodeStateVector(Y.encodeStateVector(doc))
  const probe = loadStoredDoc(stored)
  let changed = false
  probe.on('update', () => {
    changed = true
  })
  const distinct = new Map<string, Uint8Array>()
  for (const update of updates) distinct.set(Buffer.from(update).toString('base64'), update)
  let missing = 0
  for (const update of distinct.values()) {
    const { to } = Y.parseUpdateMeta(update)
    const behind = [...to].some(([client, clock]) => (state.get(client) ?? 0) < clock)
    const pendingBefore = probe.store.pendingStructs !== null || probe.store.pendingDs !== null
    changed = false
    Y.applyUpdate(probe, update)
    const pendingAfter = probe.store.pendingStructs !== null || probe.store.pendingDs !== null
    if (behind || changed || (pendingAfter && !pendingBefore)) missing++
  }
  probe.destroy()
  return { doc, checked: distinct.size, missing }
}
