import type { JSONContent } from '@tiptap/core'
import type { Attendee } from '../model/attendee'
import type { Language, MeetingMeta } from '../protocol/meetingMeta'

/** A meeting read from Markdown or plain-text minutes, ready to become a Y.Doc. */
export interface ImportedMeeting {
  meta: MeetingMeta
  attendees: Attendee[]
  /** ProseMirror JSON of the body, valid for `getReferatSchema()`. */
  body: JSONContent
}

export interface ParseMinutesOptions {
  /** The meeting date (YYYY-MM-DD) when the text gives none; without it a missing date is an error. */
  today?: string
  /** The language when the text's labels do not tell (default `nb`). */
  language?: Language
}
