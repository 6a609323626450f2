import type { InlineNode } from './InlineNode'
import { InlineNode as Node } from './InlineNode'

/** CommonMark's delimiter stack: the last delimiter run seen, linked to the earlier ones. */
export interface DelimiterStack {
  top: InlineNode | null
}

export function removeDelimiter(stack: DelimiterStack, delimiter: InlineNode): void {
  if (delimiter.prevDelimiter) delimiter.prevDelimiter.nextDelimiter = delimiter.nextDelimiter
  if (delimiter.nextDelimiter) delimiter.nextDelimiter.prevDelimiter = delimiter.prevDelimiter
  else stack.top = delimiter.prevDelimiter
  delimiter.prevDelimiter = null
  delimiter.nextDelimiter = null
}

/**
 * CommonMark's "process emphasis": matches the `*` and `_` runs above `bottom` in the stack into
 * emphasis (one character) and strong emphasis (two), wrapping the nodes between them, with the
 * rule of three and the openers-bottom optimisation. Unmatched runs stay as literal text.
 */
export function processEmphasis(stack: DelimiterStack, bottom: InlineNode | null): void {
  const openersBottom = new Map<string, InlineNode | null>()
  let closer: InlineNode | null = stack.top === bottom ? null : stack.top
  while (closer && closer.prevDelimiter !== bottom) closer = closer.prevDelimiter
  while (closer) {
    if (!closer.canClose) {
      closer = closer.nextDelimiter
      continue
    }
    const key = `${closer.char}${closer.canOpen ? 1 : 0}${closer.originalCount % 3}`
    const floor = openersBottom.has(key) ? openersBottom.get(key) : bottom
    let opener = closer.prevDelimiter
    while (opener && opener !== bottom && opener !== floor) {
      const sum = opener.originalCount + closer.originalCount
      const oddMatch =
        (closer.canOpen || opener.canClose) &&
        sum % 3 === 0 &&
        !(opener.originalCount % 3 === 0 && closer.originalCount % 3 === 0)
      if (opener.char === closer.char && opener.canOpen && !oddMatch) break
      opener = opener.prevDelimiter
    }
    if (opener && opener !== bottom && opener !== floor) {
      const use = closer.count >= 2 && opener.count >= 2 ? 2 : 1
      opener.count -= use
      closer.count -= use
      opener.text = opener.text.slice(0, opener.count)
      closer.text = closer.text.slice(0, closer.count)
      for (let inner = closer.prevDelimiter; inner && inner !== opener;) {
        const previous: InlineNode | null = inner.prevDelimiter
        removeDelimiter(stack, inner)
        inner = previous
      }
      const emphasis = Node.container('emphasis')
      emphasis.strong = use === 2
      if (opener.next !== closer && opener.next && closer.prev) {
        emphasis.adopt(opener.next, closer.prev)
      }
      opener.insertAfter(emphasis)
      if (opener.count === 0) {
        removeDelimiter(stack, opener)
        opener.unlink()
      }
      if (closer.count === 0) {
        const next: InlineNode | null = closer.nextDelimiter
        removeDelimiter(stack, closer)
        closer.unlink()
        closer = next
      }
    } else {
      const unmatched: InlineNode = closer
      closer = closer.nextDelimiter
      openersBottom.set(key, unmatched.prevDelimiter)
      if (!unmatched.canOpen) removeDelimiter(stack, unmatched)
    }
  }
  while (stack.top && stack.top !== bottom) removeDelimiter(stack, stack.top)
}
