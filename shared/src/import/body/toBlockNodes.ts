import type { JSONContent } from '@tiptap/core'
import { parseInlines } from '../markdown/inline/parseInlines'
import type { MdBlock } from '../markdown/MdBlock'
import { parseBlocks } from '../markdown/parseBlocks'
import { ImportError } from '../ImportError'
import { paragraphNode } from './paragraphNode'

/** Quotes and lists nested deeper than this are refused: no minutes need it, and it bounds the work. */
export const MAX_NESTING = 40

const bold = (nodes: JSONContent[]): JSONContent[] =>
  nodes.map((node) =>
    node.type === 'text' && !node.marks?.some((mark) => mark.type === 'bold')
      ? { ...node, marks: [...(node.marks ?? []), { type: 'bold' }] }
      : node,
  )

const literal = (lines: readonly string[]): JSONContent | null => {
  const content: JSONContent[] = []
  lines.forEach((text, index) => {
    if (index > 0) content.push({ type: 'hardBreak' })
    if (text) content.push({ type: 'text', text })
  })
  return content.some((node) => node.type === 'text') ? { type: 'paragraph', content } : null
}

/**
 * Ordinary blocks (paragraphs, bullet and ordered lists) for Markdown blocks that are no agenda
 * structure: headings become bold paragraphs, quotes give their content, table rows and code
 * lines become paragraphs, so no text is lost. With `paragraphsOnly`, lists are flattened too
 * (a decision holds paragraphs only).
 */
export function toBlockNodes(
  blocks: readonly MdBlock[],
  paragraphsOnly = false,
  depth = 0,
): JSONContent[] {
  const nested = (block: MdBlock & { line: number }, lines: Parameters<typeof parseBlocks>[0]) => {
    if (depth >= MAX_NESTING) {
      throw new ImportError(
        `quotes or lists are nested more than ${MAX_NESTING} levels deep`,
        block.line,
      )
    }
    return toBlockNodes(parseBlocks(lines), paragraphsOnly, depth + 1)
  }
  const nodes: JSONContent[] = []
  const push = (node: JSONContent | null) => {
    if (node) nodes.push(node)
  }
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        push(paragraphNode(block.lines))
        break
      case 'heading': {
        const content = bold(parseInlines(block.text))
        if (content.length > 0) push({ type: 'paragraph', content })
        break
      }
      case 'quote':
        for (const node of nested(block, block.lines)) push(node)
        break
      case 'table':
        for (const row of block.rows) {
          push(paragraphNode([{ text: row.cells.join(' | '), line: row.line }]))
        }
        break
      case 'code':
        push(literal(block.lines.map((line) => line.text)))
        break
      case 'comment':
        push(literal(block.text ? block.text.split('\n') : []))
        break
      case 'list': {
        const items = block.items.map((item) => nested(block, item.lines))
        if (paragraphsOnly) {
          for (const node of items.flat()) push(node)
          break
        }
        const content = items.map((blocks) => ({
          type: 'listItem',
          content: blocks[0]?.type === 'paragraph' ? blocks : [{ type: 'paragraph' }, ...blocks],
        }))
        push(
          block.ordered
            ? { type: 'orderedList', attrs: { start: block.start }, content }
            : { type: 'bulletList', content },
        )
        break
      }
    }
  }
  return nodes
}
