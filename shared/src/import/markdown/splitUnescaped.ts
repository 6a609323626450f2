import { isEscaped } from './isEscaped'

/**
 * Raw Markdown split where `separator` matches and its first character is not escaped
 * (`Ola\, Kari, Per` → `Ola\, Kari`, `Per`). Parts are not trimmed.
 */
export function splitUnescaped(raw: string, separator: RegExp): string[] {
  const global = new RegExp(
    separator.source,
    separator.flags.includes('g') ? separator.flags : `${separator.flags}g`,
  )
  const parts: string[] = []
  let start = 0
  for (const match of raw.matchAll(global)) {
    if (match[0] === '' || isEscaped(raw, match.index)) continue
    parts.push(raw.slice(start, match.index))
    start = match.index + match[0].length
  }
  parts.push(raw.slice(start))
  return parts
}
