import type { ReferatItem, ReferatPart } from '@referat/shared'
import type { FileChild } from 'docx'
import { blockElements } from './blockElements'
import type { DocxContext } from './DocxContext'
import { heading } from './heading'

function itemElements(i: ReferatItem, ctx: DocxContext, level: number): FileChild[] {
  ctx.lastDecision = null
  const elements: FileChild[] = [heading(level, `${i.label} ${i.title}`.trim())]
  for (const child of i.blocks) {
    elements.push(
      ...(child.type === 'item' ? itemElements(child, ctx, level + 1) : blockElements(child, ctx)),
    )
  }
  return elements
}

/**
 * The referat's body under its "Saker" heading: section headings as Heading 1, agenda items as
 * Heading 2 with their label ("3. Næringspolitisk …"), sub-items a level deeper, then their text.
 */
export function bodyElements(body: readonly ReferatPart[], ctx: DocxContext): FileChild[] {
  const elements: FileChild[] = []
  for (const part of body) {
    if (part.type === 'item') elements.push(...itemElements(part, ctx, 2))
    else if (part.type === 'section') {
      ctx.lastDecision = null
      elements.push(heading(1, part.title))
    } else elements.push(...blockElements(part, ctx))
  }
  return elements
}
