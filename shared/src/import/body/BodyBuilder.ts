import type { JSONContent } from '@tiptap/core'
import { letterLabel } from '../../model/numberAgenda'
import { newId } from '../../model/newId'
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from '../../schema/agendaItemAttributes'
import { noVotes, type LanguageVotes } from '../languageVotes'
import type { MdBlock, MdListItem } from '../markdown/MdBlock'
import type { SourceLine } from '../markdown/SourceLine'
import { classifyItemText, type ItemText } from './classifyItemText'
import { paragraphNode } from './paragraphNode'
import { ACTION_LABEL, readActionItem } from './readActionItem'
import { DECISION_LABEL, readDecision } from './readDecision'
import { titleText } from './titleText'
import { toBlockNodes } from './toBlockNodes'

export type ItemHeading = Extract<ItemText, { kind: 'item' }>

const TASK = /^\[([ xX])\][ \t]+/

const titleNode = (type: 'agendaTitle' | 'sectionHeading', raw: string): JSONContent => {
  const text = titleText(raw)
  return { type, ...(text ? { content: [{ type: 'text', text }] } : {}) }
}

/**
 * Builds the top level of a referat block by block: it knows the agenda item and sub-item
 * being written, so that each block lands in the right one.
 */
export class BodyBuilder {
  readonly content: JSONContent[] = []
  readonly votes: LanguageVotes = noVotes()
  /** How the first agenda item was numbered. */
  firstItem: ItemHeading | null = null
  /** Action items so far (our export's follow-up table has one row for each). */
  actionItems = 0
  private item: { node: JSONContent; level: number; subItems: number } | null = null
  private sub: JSONContent | null = null
  /** The item or sub-item whose heading came last, for `kind=` and `minutes=`. */
  private opened: JSONContent | null = null

  constructor(private readonly assigneeId: (name: string) => string) {}

  /** The heading level of the agenda item being written, or null outside items. */
  get itemLevel(): number | null {
    return this.item?.level ?? null
  }

  /** Adds a block to the sub-item or item being written, else to the top level. */
  add(node: JSONContent | null): void {
    if (!node) return
    const container = this.sub ?? this.item?.node
    if (container) (container.content ??= []).push(node)
    else this.content.push(node)
  }

  startItem(heading: ItemHeading, level: number): void {
    const node: JSONContent = {
      type: 'agendaItem',
      attrs: { id: newId(), kind: 'discussion', plannedMinutes: null },
      content: [titleNode('agendaTitle', heading.title)],
    }
    this.content.push(node)
    this.item = { node, level, subItems: 0 }
    this.sub = null
    this.opened = node
    this.firstItem ??= heading
    if (heading.yearly) this.votes[heading.word.toLowerCase() === 'sak' ? 'no' : 'en']++
  }

  /** Starts a sub-item of the item being written; false outside items. */
  startSubItem(raw: string): boolean {
    if (!this.item) return false
    const node: JSONContent = {
      type: 'subItem',
      attrs: { id: newId(), kind: 'discussion' },
      content: [titleNode('agendaTitle', raw)],
    }
    ;(this.item.node.content ??= []).push(node)
    this.item.subItems++
    this.sub = node
    this.opened = node
    return true
  }

  section(raw: string): void {
    this.endItem()
    this.content.push(titleNode('sectionHeading', raw))
  }

  /** What follows belongs to the item again, not to its last sub-item. */
  endSubItem(): void {
    this.sub = null
    this.opened = null
  }

  /** What follows is free text between items. */
  endItem(): void {
    this.item = null
    this.endSubItem()
  }

  /** Sets `kind` and `minutes` (from a `<!-- referat: … -->` comment) on the last heading's item. */
  setAttributes(text: string): void {
    const target = this.opened
    if (!target?.attrs) return
    for (const [, key, value = ''] of text.matchAll(/(\w+)=(\S+)/g)) {
      if (key === 'kind' && AGENDA_ITEM_KINDS.includes(value as AgendaItemKind)) {
        target.attrs.kind = value
      }
      if (key === 'minutes' && target.type === 'agendaItem' && /^[1-9]\d{0,4}$/.test(value)) {
        target.attrs.plannedMinutes = Number(value)
      }
    }
  }

  /** The sub-item a line opens ("a. Title") when it has the next letter of the item being written. */
  private nextLetter(raw: string, offset = 0): ItemText | null {
    const text = classifyItemText(raw)
    if (!this.item || text?.kind !== 'sub') return null
    return text.letter === letterLabel(this.item.subItems + offset) ? text : null
  }

  /** Lines of running text: a decision, an action item, or a paragraph. */
  private addLines(lines: readonly SourceLine[]): void {
    if (lines.length === 0) return
    const first = lines[0]?.text.trimStart() ?? ''
    if (this.item && DECISION_LABEL.test(first)) return this.add(readDecision(lines))
    if (this.item && ACTION_LABEL.test(first)) {
      this.actionItems++
      const raw = lines.map((line) => line.text).join('\n')
      return this.add(readActionItem(raw, false, this.assigneeId))
    }
    this.add(paragraphNode(lines))
  }

  /**
   * A paragraph. In an item a line starting with "Vedtak:" or "Oppfølging:" starts a decision or
   * action item; when the paragraph starts with the next "a. Title" line, each such line opens a
   * sub-item.
   */
  paragraph(lines: readonly SourceLine[]): void {
    const letters = this.nextLetter(lines[0]?.text ?? '') !== null
    let body: SourceLine[] = []
    for (const line of lines) {
      const letter = letters ? this.nextLetter(line.text) : null
      const text = line.text.trimStart()
      const labelled = this.item && (DECISION_LABEL.test(text) || ACTION_LABEL.test(text))
      if (letter || (labelled && body.length > 0)) {
        this.addLines(body)
        body = []
      }
      if (letter) this.startSubItem(letter.title)
      else body.push(line)
    }
    this.addLines(body)
  }

  /**
   * A list: sub-items listed by title ("- a. Title"), action items ("- [ ] …") or a list.
   * What follows sub-items listed by title belongs to the item.
   */
  list(block: Extract<MdBlock, { type: 'list' }>): void {
    const titles =
      this.item !== null &&
      !block.ordered &&
      block.items.every((entry, i) => {
        const lines = entry.lines.filter((line) => line.text.trim())
        return lines.length === 1 && this.nextLetter(lines[0]?.text ?? '', i) !== null
      })
    if (titles) {
      for (const entry of block.items) {
        this.startSubItem(classifyItemText(entry.lines[0]?.text ?? '')?.title ?? '')
      }
      this.endSubItem()
      return
    }
    let run: MdListItem[] = []
    let start = block.start
    const flush = () => {
      if (run.length > 0)
        toBlockNodes([{ ...block, items: run, start }]).forEach((n) => this.add(n))
      run = []
    }
    block.items.forEach((entry, index) => {
      const [first, ...rest] = entry.lines
      const task = this.item && first ? TASK.exec(first.text) : null
      if (!task || !first) {
        if (run.length === 0) start = block.start + index
        run.push(entry)
        return
      }
      flush()
      const raw = [first.text.slice(task[0].length), ...rest.map((line) => line.text)].join('\n')
      this.actionItems++
      this.add(readActionItem(raw, task[1] !== ' ', this.assigneeId))
    })
    flush()
  }

  /** A block quote: a decision inside an item, else its text. */
  quote(block: Extract<MdBlock, { type: 'quote' }>): void {
    const decision = this.item ? readDecision(block.lines) : null
    if (decision) this.add(decision)
    else this.other(block)
  }

  /** Any other block, as ordinary blocks. */
  other(block: MdBlock): void {
    for (const node of toBlockNodes([block])) this.add(node)
  }
}
