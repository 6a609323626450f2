import type { DecisionRegisterEntry, Referat } from '@referat/shared'
import type { RoomRegistry } from '../collab/RoomRegistry'
import { referatOf, storedReferat } from '../export/referatOf'
import type { MeetingRecord, Storage } from '../storage/Storage'
import { collectDecisions } from './collectDecisions'
import { normalizeSearchText } from './normalizeSearchText'

/** A decided decision with the normalized text the register searches in. */
export interface IndexedDecision {
  entry: DecisionRegisterEntry
  searchText: string
}

interface CachedMeeting {
  /** The meeting's `updatedAt` when its stored document was read. */
  updatedAt: string
  decisions: IndexedDecision[]
}

function indexReferat(meetingId: string, referat: Referat): IndexedDecision[] {
  return collectDecisions(meetingId, referat).map((entry) => ({
    entry,
    searchText: normalizeSearchText(
      [entry.text, entry.itemTitle, entry.meetingTitle, entry.itemLabel].join('\n'),
    ),
  }))
}

/**
 * The decided decisions of every meeting, for the decision register. A meeting open in the
 * registry is read from its live document. Any other meeting is read from storage (without
 * loading it as a room, which would keep it in memory) and cached until its `updatedAt` changes:
 * storage touches it with every update it appends, and a meeting that is not open gets none.
 */
export class DecisionIndex {
  private readonly cache = new Map<string, CachedMeeting>()

  constructor(
    private readonly storage: Storage,
    private readonly registry: RoomRegistry,
  ) {}

  /**
   * The decided decisions of the meetings `select` picks from all stored meetings (given newest
   * first), in that order and then in document order.
   */
  async list(select: (meetings: MeetingRecord[]) => MeetingRecord[]): Promise<IndexedDecision[]> {
    const meetings = await this.storage.listMeetings()
    const known = new Set(meetings.map((meeting) => meeting.id))
    for (const id of this.cache.keys()) if (!known.has(id)) this.cache.delete(id)

    const rooms = new Map((await this.registry.loadedRooms()).map((room) => [room.id, room]))
    const decisions: IndexedDecision[] = []
    for (const meeting of select(meetings)) {
      const room = rooms.get(meeting.id)
      if (room && !room.closed) decisions.push(...indexReferat(meeting.id, room.read(referatOf)))
      else decisions.push(...(await this.stored(meeting)))
    }
    return decisions
  }

  private async stored(meeting: MeetingRecord): Promise<IndexedDecision[]> {
    const cached = this.cache.get(meeting.id)
    if (cached?.updatedAt === meeting.updatedAt) return cached.decisions
    const referat = await storedReferat(this.storage, meeting.id)
    if (!referat) return []
    const decisions = indexReferat(meeting.id, referat)
    this.cache.set(meeting.id, { updatedAt: meeting.updatedAt, decisions })
    return decisions
  }
}
