import type { Storage } from '../storage/Storage'
import { caseNumberAfter } from './caseNumberAfter'
import { loadStoredDoc } from './readBody'

/**
 * The first case number of a new meeting of `group` on `date` in yearly numbering: it continues
 * after the last case of the group's latest earlier meeting in the same year, or starts at 1.
 */
export async function nextCaseNumber(
  storage: Storage,
  group: string,
  date: string,
): Promise<number> {
  const year = date.slice(0, 4)
  const earlier = (await storage.listMeetings()).filter(
    (m) =>
      m.meta.group === group &&
      m.meta.numbering === 'yearly' &&
      m.meta.date.slice(0, 4) === year &&
      m.meta.date <= date,
  )
  const latest = earlier[0] // listMeetings is newest first
  if (!latest) return 1
  const stored = await storage.loadDocument(latest.id)
  if (!stored) return 1
  const doc = loadStoredDoc(stored)
  try {
    return caseNumberAfter(doc)
  } finally {
    doc.destroy()
  }
}
