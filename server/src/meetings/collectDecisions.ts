import type {
  DecisionRegisterEntry,
  Referat,
  ReferatBlock,
  ReferatInline,
  ReferatItem,
} from '@referat/shared'

type ReferatDecision = Extract<ReferatBlock, { type: 'decision' }>

/** Where a decision sits: the label and title of its agenda item or sub-item. */
interface Place {
  label: string
  title: string
}

const inlineText = (runs: readonly ReferatInline[]): string =>
  runs.map((run) => ('text' in run ? run.text : '\n')).join('')

/** The plain text of blocks: one line per paragraph, list item or action item. */
function blocksText(blocks: readonly ReferatBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
        case 'actionItem':
          return inlineText(block.content)
        case 'list':
          return block.items.map(blocksText).join('\n')
        case 'decision':
          return blocksText(block.blocks)
      }
    })
    .join('\n')
}

/**
 * The decided decisions of a meeting's referat, in document order, as register entries:
 * decisions directly in agenda items, in sub-items ("3. a."), inside lists, and between items.
 */
export function collectDecisions(meetingId: string, referat: Referat): DecisionRegisterEntry[] {
  const { meta } = referat
  const found: DecisionRegisterEntry[] = []

  const add = (decision: ReferatDecision, place: Place) => {
    if (decision.state !== 'decided') return
    found.push({
      meetingId,
      meetingTitle: meta.title,
      group: meta.group,
      date: meta.date,
      itemLabel: place.label,
      itemTitle: place.title,
      decisionId: decision.id,
      text: blocksText(decision.blocks),
      decidedBy: decision.decidedBy,
      decidedAt: decision.decidedAt,
      vote: decision.vote,
      meetingStatus: meta.status,
    })
  }

  const walkBlock = (block: ReferatBlock, place: Place) => {
    if (block.type === 'decision') add(block, place)
    else if (block.type === 'list') {
      for (const item of block.items) for (const child of item) walkBlock(child, place)
    }
  }

  const walkItem = (item: ReferatItem, place: Place) => {
    for (const child of item.blocks) {
      if (child.type === 'item') {
        walkItem(child, { label: `${place.label} ${child.label}`, title: child.title })
      } else {
        walkBlock(child, place)
      }
    }
  }

  for (const part of referat.body) {
    if (part.type === 'item') walkItem(part, { label: part.label, title: part.title })
    else if (part.type !== 'section') walkBlock(part, { label: '', title: '' })
  }
  return found
}
