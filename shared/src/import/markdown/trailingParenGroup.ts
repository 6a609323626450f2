import { isEscaped } from './isEscaped'

/**
 * The parenthesised group that raw Markdown ends with, parentheses not escaped and balanced
 * (`Eli \(E\) (møteleder, vara for Ola)` → before `Eli \(E\)`, inner `møteleder, vara for Ola`),
 * or null.
 */
export function trailingParenGroup(raw: string): { before: string; inner: string } | null {
  const text = raw.trimEnd()
  const end = text.length - 1
  if (text[end] !== ')' || isEscaped(text, end)) return null
  let depth = 0
  for (let i = end; i >= 0; i--) {
    const char = text[i]
    if ((char !== '(' && char !== ')') || isEscaped(text, i)) continue
    depth += char === ')' ? 1 : -1
    if (depth === 0) return { before: text.slice(0, i).trimEnd(), inner: text.slice(i + 1, end) }
  }
  return null
}
