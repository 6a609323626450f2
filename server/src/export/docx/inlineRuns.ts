import { isSafeHref, type ReferatInline } from '@referat/shared'
import type { Run } from './runsXml'

/**
 * Runs of rich text as runs of a paragraph: bold and italic kept, line breaks, and links to http(s)
 * and mailto addresses (other links keep their text only, as in the HTML export).
 */
export function inlineRuns(inlines: readonly ReferatInline[]): Run[] {
  return inlines.map((inline) => {
    if ('lineBreak' in inline) return { text: '', lineBreak: true }
    const { text, bold, italic, href } = inline
    if (href === undefined || !isSafeHref(href)) return { text, bold, italic }
    // A normalised URL is percent-encoded, so the relationship's target is a valid URI for Word.
    return { text, bold, italic, href: new URL(href.trim()).href }
  })
}
