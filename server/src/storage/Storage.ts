import type { MeetingMeta, Role } from '@referat/shared'

/** A meeting as the storage keeps it beside its document. */
export interface MeetingRecord {
  id: string
  meta: MeetingMeta
  createdAt: string
  updatedAt: string
  /** Raised by "new links": only tokens of this generation open the meeting. */
  linkGeneration: number
}

/** What is stored of a meeting's Y.Doc: the last snapshot and the updates appended since. */
export interface StoredDocument {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
}

/** Who sent an update: the role of the connection's token and the name it showed. */
export interface UpdateAuthor {
  role: Role
  name: string
}

/** One Yjs update of one meeting, as appended to the log. */
export interface UpdateRecord {
  meetingId: string
  update: Uint8Array
  /** Null for updates the server made itself. */
  author: UpdateAuthor | null
}

/** A finalized version of a meeting. */
export interface VersionRecord {
  version: number
  createdAt: string
}

/** Everything one flush writes: updates of several meetings, and their changed headers. */
/** A saved agenda to start meetings from (the organizer's templates). */
export interface TemplateRecord {
  id: string
  name: string
  /** The group of the meeting it was saved from, to offer it first for that group. */
  group: string
  /** The agenda item titles, in order. */
  agenda: string[]
  createdAt: string
}

export interface WriteBatch {
  updates: readonly UpdateRecord[]
  metas: ReadonlyMap<string, MeetingMeta>
}

/**
 * Durable storage of meetings. Implementations must make `appendBatch` atomic: once its promise
 * resolves, every update in the batch survives a crash of the process.
 */
export interface Storage {
  /** Creates a meeting with its initial document state. */
  createMeeting(id: string, meta: MeetingMeta, initialState: Uint8Array): Promise<MeetingRecord>
  /** All meetings, newest date first. */
  listMeetings(): Promise<MeetingRecord[]>
  getMeeting(id: string): Promise<MeetingRecord | null>
  /** The stored document of a meeting, or null when there is no such meeting. */
  loadDocument(id: string): Promise<StoredDocument | null>
  /** Appends updates and header changes of any number of meetings in one transaction. */
  appendBatch(batch: WriteBatch): Promise<void>
  /**
   * Replaces a meeting's snapshot with `state` and drops every update logged for it so far.
   * `state` must contain every update appended for the meeting before this call.
   */
  compact(id: string, state: Uint8Array): Promise<void>
  /** Stores the whole state of a meeting as its finalized version `version`. */
  saveVersion(id: string, version: number, state: Uint8Array): Promise<void>
  /** The finalized versions of a meeting, oldest first. */
  listVersions(id: string): Promise<VersionRecord[]>
  /** The state of one finalized version, or null. */
  getVersion(id: string, version: number): Promise<Uint8Array | null>
  /**
   * Raises the meeting's link generation (tokens of older generations stop working) and returns
   * the new one, or null when there is no such meeting.
   */
  renewLinks(id: string): Promise<number | null>
  /** Saves an agenda template. */
  saveTemplate(template: TemplateRecord): Promise<void>
  /** Every template, by name. */
  listTemplates(): Promise<TemplateRecord[]>
  /** Deletes a template; false when there is none with that id. */
  deleteTemplate(id: string): Promise<boolean>
  /** Whether the storage answers (for readiness checks). */
  ping(): Promise<boolean>
  close(): Promise<void>
}
