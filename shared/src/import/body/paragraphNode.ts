import type { JSONContent } from '@tiptap/core'
import { parseInlines } from '../markdown/inline/parseInlines'
import type { SourceLine } from '../markdown/SourceLine'

/** A paragraph of the lines' inline Markdown, or null when they hold no text. */
export function paragraphNode(lines: readonly SourceLine[]): JSONContent | null {
  const content = parseInlines(lines.map((line) => line.text).join('\n'))
  return content.some((node) => node.type === 'text') ? { type: 'paragraph', content } : null
}
