import type { JSONContent } from '@tiptap/core'
import { isSafeHref } from '../../../schema/isSafeHref'
import type { InlineNode } from './InlineNode'
import { scanInlines } from './scanInlines'

interface Marks {
  bold: boolean
  italic: boolean
  href: string | null
}

/** Inline HTML tags open so far, in document order. */
interface TagDepth {
  bold: number
  italic: number
}

function markList(marks: Marks, tags: TagDepth): JSONContent['marks'] {
  const list: NonNullable<JSONContent['marks']> = []
  if (marks.href !== null) list.push({ type: 'link', attrs: { href: marks.href } })
  if (marks.bold || tags.bold > 0) list.push({ type: 'bold' })
  if (marks.italic || tags.italic > 0) list.push({ type: 'italic' })
  return list
}

function emit(out: JSONContent[], text: string, marks: JSONContent['marks']): void {
  if (!text) return
  const last = out[out.length - 1]
  if (last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) {
    last.text = `${last.text ?? ''}${text}`
    return
  }
  out.push(marks && marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text })
}

function flatten(
  container: InlineNode,
  marks: Marks,
  tags: TagDepth,
  out: JSONContent[],
  skip?: ReadonlySet<InlineNode>,
): void {
  for (const node of container.children()) {
    if (skip?.has(node)) continue
    switch (node.kind) {
      case 'text':
      case 'delimiter':
        emit(out, node.text, markList(marks, tags))
        break
      case 'break':
        out.push({ type: 'hardBreak' })
        break
      case 'tag': {
        const key = node.mark === 'bold' ? 'bold' : 'italic'
        tags[key] = Math.max(0, tags[key] + (node.closing ? -1 : 1))
        break
      }
      case 'emphasis':
        flatten(
          node,
          { ...marks, bold: marks.bold || node.strong, italic: marks.italic || !node.strong },
          tags,
          out,
        )
        break
      case 'link': {
        const href = node.href !== null && isSafeHref(node.href) ? node.href : null
        const before = out.length
        flatten(node, { ...marks, href: href ?? marks.href }, tags, out)
        // An image without alt text still shows where it was.
        if (node.image && out.length === before && node.href)
          emit(out, node.href, markList(marks, tags))
        break
      }
      default:
        break
    }
  }
}

export interface ParseInlinesOptions {
  /** Leave out unmatched `*` and `_` runs at the very start and end ("Title**"). */
  trimStrayDelimiters?: boolean
}

/**
 * ProseMirror JSON inline content (text with bold, italic and link marks; hard breaks) of raw
 * Markdown text. Soft line breaks become spaces. Links whose address is not http(s) or mailto
 * keep their text without the link.
 */
export function parseInlines(raw: string, options: ParseInlinesOptions = {}): JSONContent[] {
  const out: JSONContent[] = []
  const root = scanInlines(raw.trim())
  const skip = new Set<InlineNode>()
  if (options.trimStrayDelimiters) {
    const first = root.first?.next
    const last = root.last?.prev
    if (first?.kind === 'delimiter') skip.add(first)
    if (last?.kind === 'delimiter') skip.add(last)
  }
  flatten(root, { bold: false, italic: false, href: null }, { bold: 0, italic: 0 }, out, skip)
  while (out[out.length - 1]?.type === 'hardBreak') out.pop()
  return out
}
