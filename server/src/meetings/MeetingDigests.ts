import {
  collectActionItems,
  renderText,
  type OpenActionItem,
  type Referat,
  type ReferatInline,
} from '@referat/shared'
import type { RoomRegistry } from '../collab/RoomRegistry'
import { referatOf, storedReferat } from '../export/referatOf'
import type { MeetingRecord, Storage } from '../storage/Storage'
import { normalizeSearchText } from './normalizeSearchText'

/** What the meeting list needs of a meeting's content. */
interface Digest {
  /** The whole text, as the plain-text export writes it, normalized for search. */
  text: string
  /** Its agenda item titles, in order (for templates). */
  agenda: string[]
  /** Its action items (open and done), for the open ones of its group. */
  actionItems: Omit<OpenActionItem, 'meetingId' | 'meetingTitle' | 'group' | 'date'>[]
}

const inlineText = (inlines: readonly ReferatInline[]) =>
  inlines.map((inline) => ('text' in inline ? inline.text : ' ')).join('')

function digestOf(referat: Referat): Digest {
  return {
    text: normalizeSearchText(renderText(referat)),
    agenda: referat.body.flatMap((part) => (part.type === 'item' ? [part.title] : [])),
    actionItems: collectActionItems(referat.body).map((row) => ({
      text: inlineText(row.content).trim(),
      assignee: row.assignee,
      due: row.due,
      done: row.done,
      itemLabel: row.itemLabel,
    })),
  }
}

/**
 * The content of every meeting in the form the meeting list searches and summarizes it. An open
 * meeting is read from its live document; any other from storage, cached until its `updatedAt`
 * changes (storage touches it with every update it appends), as the decision register does.
 */
export class MeetingDigests {
  private readonly cache = new Map<string, { updatedAt: string; digest: Digest }>()

  constructor(
    private readonly storage: Storage,
    private readonly registry: RoomRegistry,
  ) {}

  /** The meetings among `meetings` whose text holds every word of `query`, in their order. */
  async search(meetings: readonly MeetingRecord[], query: string): Promise<MeetingRecord[]> {
    const words = normalizeSearchText(query).split(/\s+/).filter(Boolean)
    if (words.length === 0) return [...meetings]
    const digests = await this.digests(meetings)
    return meetings.filter((meeting, i) => {
      const text = digests[i]?.text ?? ''
      return words.every((word) => text.includes(word))
    })
  }

  /**
   * The open action items of `meetings` (given newest first), newest meeting first. An action
   * item carried on to a later meeting of the same group (same text and person responsible) is
   * listed once, as the latest meeting has it, so one ticked off there is not open any more.
   */
  async openActionItems(meetings: readonly MeetingRecord[]): Promise<OpenActionItem[]> {
    const digests = await this.digests(meetings)
    const seen = new Set<string>()
    const open: OpenActionItem[] = []
    meetings.forEach((meeting, i) => {
      for (const item of digests[i]?.actionItems ?? []) {
        const key = JSON.stringify([
          meeting.meta.group,
          normalizeSearchText(item.text),
          item.assignee,
        ])
        if (seen.has(key)) continue
        seen.add(key)
        if (item.done) continue
        open.push({
          ...item,
          meetingId: meeting.id,
          meetingTitle: meeting.meta.title,
          group: meeting.meta.group,
          date: meeting.meta.date,
        })
      }
    })
    return open
  }

  /** The agenda item titles of `meeting`, in order. */
  async agenda(meeting: MeetingRecord): Promise<string[]> {
    const [digest] = await this.digests([meeting], false)
    return digest?.agenda ?? []
  }

  /** The digests of `meetings`; `all` when they are every meeting (then others leave the cache). */
  private async digests(
    meetings: readonly MeetingRecord[],
    all = true,
  ): Promise<(Digest | null)[]> {
    if (all) {
      const known = new Set(meetings.map((meeting) => meeting.id))
      for (const id of this.cache.keys()) if (!known.has(id)) this.cache.delete(id)
    }
    const rooms = new Map((await this.registry.loadedRooms()).map((room) => [room.id, room]))
    const digests: (Digest | null)[] = []
    for (const meeting of meetings) {
      const room = rooms.get(meeting.id)
      digests.push(
        room && !room.closed ? digestOf(room.read(referatOf)) : await this.stored(meeting),
      )
    }
    return digests
  }

  private async stored(meeting: MeetingRecord): Promise<Digest | null> {
    const cached = this.cache.get(meeting.id)
    if (cached?.updatedAt === meeting.updatedAt) return cached.digest
    const referat = await storedReferat(this.storage, meeting.id)
    if (!referat) return null
    const digest = digestOf(referat)
    this.cache.set(meeting.id, { updatedAt: meeting.updatedAt, digest })
    return digest
  }
}
