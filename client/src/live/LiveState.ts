import type { MeetingStatus } from '@referat/shared'

/** What the editor needs to know about the meeting in progress (from the Y.Doc). */
export interface LiveState {
  status: MeetingStatus
  /** Id of the agenda item being discussed, or null. */
  currentItemId: string | null
  /** When the current item became current (ISO time), or null. */
  currentItemSince: string | null
  /** Milliseconds spent per agenda item id, not counting the running time of the current item. */
  itemTimes: Readonly<Record<string, number>>
  /** Whether this user may set the current item and the meeting status. */
  canModerate: boolean
}
