import type { JSONContent } from '@tiptap/core'
import type { Attendee } from '../model/attendee'
import { numberAgenda, type ItemNumber } from '../model/numberAgenda'
import { numberingOptions } from '../model/numberingOptions'
import type { MeetingMeta } from '../protocol/meetingMeta'
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from '../schema/agendaItemAttributes'
import type { Referat, ReferatBlock, ReferatItem, ReferatPart } from './Referat'
import { plainText, toInlines } from './toInlines'

const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null

const kindOf = (value: unknown): AgendaItemKind =>
  AGENDA_ITEM_KINDS.includes(value as AgendaItemKind) ? (value as AgendaItemKind) : 'discussion'

function toBlock(node: JSONContent, names: Map<string, string>): ReferatBlock | null {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', content: toInlines(node) }
    case 'bulletList':
    case 'orderedList':
      return {
        type: 'list',
        ordered: node.type === 'orderedList',
        start: count(node.attrs?.start) ?? 1,
        items: (node.content ?? []).map((item) => toBlocks(item.content ?? [], names)),
      }
    case 'decision': {
      const votes = [node.attrs?.votesFor, node.attrs?.votesAgainst, node.attrs?.votesBlank]
      const [forVotes, against, blank] = votes.map(count)
      const counted = forVotes !== null || against !== null || blank !== null
      return {
        type: 'decision',
        id: String(node.attrs?.id ?? ''),
        state: node.attrs?.state === 'decided' ? 'decided' : 'proposed',
        decidedBy: typeof node.attrs?.decidedBy === 'string' ? node.attrs.decidedBy : null,
        decidedAt: typeof node.attrs?.decidedAt === 'string' ? node.attrs.decidedAt : null,
        vote: counted ? { for: forVotes ?? 0, against: against ?? 0, blank: blank ?? 0 } : null,
        blocks: toBlocks(node.content ?? [], names),
      }
    }
    case 'actionItem': {
      const assignee = String(node.attrs?.assignee ?? '')
      return {
        type: 'actionItem',
        id: String(node.attrs?.id ?? ''),
        content: toInlines(node),
        assignee: names.get(assignee) ?? assignee,
        due: String(node.attrs?.due ?? ''),
        done: node.attrs?.done === true,
      }
    }
    default:
      return null
  }
}

function toBlocks(nodes: readonly JSONContent[], names: Map<string, string>): ReferatBlock[] {
  return nodes.map((node) => toBlock(node, names)).filter((b): b is ReferatBlock => b !== null)
}

function toItem(
  node: JSONContent,
  number: Pick<ItemNumber, 'label' | 'subItems'>,
  names: Map<string, string>,
): ReferatItem {
  const [title, ...rest] = node.content ?? []
  const subLabels = new Map(number.subItems.map((sub) => [sub.index, sub.label]))
  const blocks: ReferatItem['blocks'] = []
  rest.forEach((child, i) => {
    if (child.type === 'subItem') {
      // Children of an item are counted from its title (index 0).
      blocks.push(toItem(child, { label: subLabels.get(i + 1) ?? '', subItems: [] }, names))
      return
    }
    const block = toBlock(child, names)
    if (block) blocks.push(block)
  })
  return {
    type: 'item',
    id: String(node.attrs?.id ?? ''),
    label: number.label,
    title: title ? plainText(title) : '',
    kind: kindOf(node.attrs?.kind),
    plannedMinutes: count(node.attrs?.plannedMinutes),
    blocks,
  }
}

/**
 * The referat of a meeting as plain data: its header, attendees and body (ProseMirror JSON of the
 * Y.Doc's body), with agenda items numbered in the meeting's style and action items' responsible
 * people resolved to names. Nothing in the body is dropped that the schema allows.
 */
export function toReferat(meta: MeetingMeta, attendees: Attendee[], body: JSONContent): Referat {
  const names = new Map(attendees.map((person) => [person.id, person.name]))
  const top = body.content ?? []
  const numbers = new Map(numberAgenda(top, numberingOptions(meta)).map((n) => [n.index, n]))
  const parts: ReferatPart[] = []
  top.forEach((node, index) => {
    const number = numbers.get(index)
    if (node.type === 'agendaItem' && number) {
      parts.push(toItem(node, number, names))
    } else if (node.type === 'sectionHeading') {
      parts.push({ type: 'section', title: plainText(node) })
    } else {
      const block = toBlock(node, names)
      if (block) parts.push(block)
    }
  })
  // "vara for" may name an attendee by id: renderers get the name.
  const people = attendees.map((a) =>
    a.substituteFor && names.has(a.substituteFor)
      ? { ...a, substituteFor: names.get(a.substituteFor) as string }
      : a,
  )
  return { meta, attendees: people, body: parts }
}
