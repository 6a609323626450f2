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
  /**
   * Y.Map with `id`: the document's epoch, written by the server only. It changes when the
   * stored state is replaced (e.g. restored from a backup); a client whose copy has another
   * epoch must drop it instead of merging it back.
   */
  epoch: 'epoch',
} as const
