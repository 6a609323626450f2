/** One follow-up task of the meeting, as the action items panel lists it. */
export interface ActionItemEntry {
  id: string
  /** Position of the `actionItem` node in the document. */
  pos: number
  /** Size of its text content, to put the cursor at its end. */
  size: number
  text: string
  /** Attendee id or free text; '' when nobody is responsible yet. */
  assignee: string
  due: string
  done: boolean
  /** Number and title of the agenda item it belongs to. */
  itemLabel: string
  itemTitle: string
}
