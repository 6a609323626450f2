import type { JSONContent } from '@tiptap/core'
import { isSafeHref } from '../schema/isSafeHref'
import type { ReferatInline } from './Referat'

/** The inline content of a ProseMirror JSON node as text runs with bold, italic and safe links. */
export function toInlines(node: JSONContent): ReferatInline[] {
  const runs: ReferatInline[] = []
  for (const child of node.content ?? []) {
    if (child.type === 'hardBreak') {
      runs.push({ lineBreak: true })
      continue
    }
    if (child.type !== 'text' || !child.text) continue
    const run: { text: string; bold?: true; italic?: true; href?: string } = { text: child.text }
    for (const mark of child.marks ?? []) {
      if (mark.type === 'bold') run.bold = true
      if (mark.type === 'italic') run.italic = true
      // Only http(s) and mailto links reach an export, whatever a client wrote into the doc.
      if (
        mark.type === 'link' &&
        typeof mark.attrs?.href === 'string' &&
        isSafeHref(mark.attrs.href)
      )
        run.href = mark.attrs.href
    }
    runs.push(run)
  }
  return runs
}

/** The plain text of a node's inline content. */
export function plainText(node: JSONContent): string {
  return toInlines(node)
    .map((run) => ('text' in run ? run.text : '\n'))
    .join('')
}
