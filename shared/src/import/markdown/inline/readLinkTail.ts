import { unescapeText } from './unescapeText'

const SPACE = /[ \t]/
/** Unescaped parentheses nest at most this deep in a destination (as in cmark); it keeps a
 * paragraph of `[a](` repeated linear instead of quadratic. */
const MAX_PAREN_DEPTH = 32

function skipSpace(text: string, from: number): number {
  let at = from
  let newlines = 0
  while (at < text.length && (SPACE.test(text[at] as string) || text[at] === '\n')) {
    if (text[at] === '\n' && ++newlines > 1) break
    at++
  }
  return at
}

/**
 * The `(destination "title")` of an inline link starting at `from` (right after its `]`): the
 * destination with escapes resolved and where the link ends, or null when there is none.
 */
export function readLinkTail(text: string, from: number): { href: string; end: number } | null {
  if (text[from] !== '(') return null
  let at = skipSpace(text, from + 1)
  let destination: string
  if (text[at] === '<') {
    let end = at + 1
    while (end < text.length && !'<>\n'.includes(text[end] as string))
      end += text[end] === '\\' ? 2 : 1
    if (text[end] !== '>') return null
    destination = text.slice(at + 1, end)
    at = end + 1
  } else {
    let end = at
    let depth = 0
    while (end < text.length) {
      const char = text[end] as string
      if (char === '\\' && /[!-/:-@[-`{-~]/.test(text[end + 1] ?? '')) {
        end += 2
        continue
      }
      // eslint-disable-next-line no-control-regex -- CommonMark: control characters end a URL
      if (/[\s\u0000-\u001f]/.test(char)) break
      if (char === ')' && depth === 0) break
      if (char === '(' && ++depth > MAX_PAREN_DEPTH) return null
      if (char === ')') depth--
      end++
    }
    if (depth > 0) return null
    destination = text.slice(at, end)
    at = end
  }
  const afterDestination = at
  at = skipSpace(text, at)
  const quote = text[at]
  if (at > afterDestination && (quote === '"' || quote === "'" || quote === '(')) {
    const close = quote === '(' ? ')' : quote
    let end = at + 1
    while (end < text.length && text[end] !== close) end += text[end] === '\\' ? 2 : 1
    if (end >= text.length) return null
    at = skipSpace(text, end + 1)
  }
  if (text[at] !== ')') return null
  return { href: unescapeText(destination), end: at + 1 }
}
