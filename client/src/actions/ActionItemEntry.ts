/** One follow-up task of the meeting, as the action items panel lists it. */
export interface ActionItemEntry {
  /** Unique among the entries: the task's id, with a suffix for copies of the same id. */
  key: string
  /** Index of the task among all tasks in document order, to find its node when clicked. */
  index: number
  id: string
  text: string
  /** Attendee id or free text; '' when nobody is responsible yet. */
  assignee: string
  due: string
  done: boolean
  /** Number and title of the agenda item it belongs to. */
  itemLabel: string
  itemTitle: string
}
