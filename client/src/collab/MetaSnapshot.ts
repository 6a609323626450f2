import type { MeetingMeta } from '@referat/shared'

/** The meeting header: validated (`meta`) and as stored, for inputs being edited (`raw`). */
export interface MetaSnapshot {
  meta: MeetingMeta
  raw: Readonly<Record<string, unknown>>
}
