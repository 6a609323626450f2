/** Names of the shared types in a meeting's Y.Doc. */
export const DocLayout = {
  /** Y.Map: the meeting header (see `MeetingMeta`). */
  meta: 'meta',
  /** Y.Array of Y.Map: the attendees. */
  attendees: 'attendees',
  /** Y.XmlFragment: the Tiptap body (Tiptap's Collaboration extension's default field). */
  body: 'default',
  /** Y.Map<number>: milliseconds spent per agenda item id while it was the current item. */
  itemTimes: 'itemTimes',
  /** Y.Map<ItemEdit>: who last edited each agenda item (id) and when; written by the server. */
  lastEdited: 'lastEdited',
} as const
