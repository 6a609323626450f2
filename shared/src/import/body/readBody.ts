import type { JSONContent } from '@tiptap/core'
import type { Language } from '../../protocol/meetingMeta'
import type { LanguageVotes } from '../languageVotes'
import { inlinePlainText } from '../markdown/inline/inlinePlainText'
import type { MdBlock } from '../markdown/MdBlock'
import { BodyBuilder, type ItemHeading } from './BodyBuilder'
import { classifyItemText } from './classifyItemText'

export interface ReadBody {
  /** Top-level nodes of the document. */
  content: JSONContent[]
  /** How the first agenda item was numbered, or null without items. */
  firstItem: ItemHeading | null
  votes: LanguageVotes
}

const FOLLOW_UP_HEADING = /^(?:oppfølging|follow-up)$/iu
/** The header row of our export's follow-up table, in each language. */
const FOLLOW_UP_COLUMNS: Record<string, Language> = {
  'hva|ansvarlig|frist|status': 'nb',
  'kva|ansvarleg|frist|status': 'nn',
  'what|responsible|due|status': 'en',
}
const DIRECTIVE = /^referat:\s*([\s\S]*)$/iu

/**
 * The language of our export's follow-up table (derived from the action items, one row each),
 * or null when the table is not one.
 */
function followUpTable(block: MdBlock | undefined, actionItems: number): Language | null {
  if (block?.type !== 'table') return null
  const [header, ...rows] = block.rows
  const columns = header?.cells.map((cell) => inlinePlainText(cell).toLocaleLowerCase('nb'))
  const language = FOLLOW_UP_COLUMNS[columns?.join('|') ?? '']
  return language && rows.length === actionItems ? language : null
}

/**
 * Builds the body of a meeting from Markdown blocks: agenda items from numbered headings (or
 * plain-text item lines), sub-items from lettered headings, lines and bullets, section headings
 * from other headings between items, decisions from "Vedtak:" quotes and lines, action items
 * from task entries, and everything else as paragraphs and lists in place. Our export's hidden
 * `<!-- referat: … -->` comments carry what Markdown cannot show: an item's kind and planned
 * minutes, and where an item or sub-item ends. `assigneeId` turns a responsible person's name
 * into an attendee id where it can.
 */
export function readBody(
  blocks: readonly MdBlock[],
  assigneeId: (name: string) => string,
): ReadBody {
  const body = new BodyBuilder(assigneeId)
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as MdBlock
    if (block.type === 'heading') {
      const heading = classifyItemText(block.text)
      const level = body.itemLevel
      const followUp = FOLLOW_UP_HEADING.test(inlinePlainText(block.text).replace(/:$/, ''))
        ? followUpTable(blocks[i + 1], body.actionItems)
        : null
      if (heading?.kind === 'item') body.startItem(heading, block.level)
      else if (heading?.kind === 'sub' && body.startSubItem(heading.title)) continue
      else if (followUp) {
        // Its header row is in the referat's language.
        body.votes[followUp]++
        i++
      } else if (level !== null && level > 0 && block.level > level) {
        // A heading under an item's heading is part of the item.
        body.other(block)
      } else body.section(block.text)
    } else if (block.type === 'paragraph') body.paragraph(block.lines)
    else if (block.type === 'list') body.list(block)
    else if (block.type === 'quote') body.quote(block)
    else if (block.type === 'comment' && DIRECTIVE.test(block.text)) {
      const directive = (DIRECTIVE.exec(block.text)?.[1] ?? '').trim()
      if (/^end of sub-?item$/iu.test(directive)) body.endSubItem()
      else if (/^end of item$/iu.test(directive)) body.endItem()
      else body.setAttributes(directive)
    } else body.other(block)
  }
  return { content: body.content, firstItem: body.firstItem, votes: body.votes }
}
