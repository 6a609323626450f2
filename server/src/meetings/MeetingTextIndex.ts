import { renderText } from '@referat/shared'
import type { RoomRegistry } from '../collab/RoomRegistry'
import { referatOf, storedReferat } from '../export/referatOf'
import type { MeetingRecord, Storage } from '../storage/Storage'
import { normalizeSearchText } from './normalizeSearchText'

/**
 * The whole text of every meeting (as the plain-text export writes it: header, attendees, items,
 * decisions, follow-up), normalized for search, for the meeting list's search. An open meeting is
 * read from its live document; any other is read from storage and cached until its `updatedAt`
 * changes, as the decision register does.
 */
export class MeetingTextIndex {
  private readonly cache = new Map<string, { updatedAt: string; text: string }>()

  constructor(
    private readonly storage: Storage,
    private readonly registry: RoomRegistry,
  ) {}

  /** The meetings among `meetings` whose text holds every word of `query`, in their order. */
  async search(meetings: readonly MeetingRecord[], query: string): Promise<MeetingRecord[]> {
    const words = normalizeSearchText(query).split(/\s+/).filter(Boolean)
    if (words.length === 0) return [...meetings]
    const known = new Set(meetings.map((meeting) => meeting.id))
    for (const id of this.cache.keys()) if (!known.has(id)) this.cache.delete(id)
    const rooms = new Map((await this.registry.loadedRooms()).map((room) => [room.id, room]))
    const found: MeetingRecord[] = []
    for (const meeting of meetings) {
      const room = rooms.get(meeting.id)
      const text =
        room && !room.closed
          ? normalizeSearchText(renderText(room.read(referatOf)))
          : await this.stored(meeting)
      if (words.every((word) => text.includes(word))) found.push(meeting)
    }
    return found
  }

  private async stored(meeting: MeetingRecord): Promise<string> {
    const cached = this.cache.get(meeting.id)
    if (cached?.updatedAt === meeting.updatedAt) return cached.text
    const referat = await storedReferat(this.storage, meeting.id)
    const text = referat ? normalizeSearchText(renderText(referat)) : ''
    this.cache.set(meeting.id, { updatedAt: meeting.updatedAt, text })
    return text
  }
}
