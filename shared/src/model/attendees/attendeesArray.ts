import type * as Y from 'yjs'
import { DocLayout } from '../docLayout'

/** The `attendees` Y.Array of a meeting's Y.Doc: one Y.Map per person. */
export function attendeesArray(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray<unknown>(DocLayout.attendees)
}
