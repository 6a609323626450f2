/** What a heading or line that opens an agenda item or sub-item says. */
export type ItemText =
  | {
      kind: 'item'
      /** The number written: 3 in "3. Title", 38 in "Sak 38/25 Title". */
      number: number
      /** Whether the number counts through the year ("Sak 38/25"). */
      yearly: boolean
      /** "Sak" or "Item" in the yearly form, for the language. */
      word: string
      /** Raw Markdown of the title, emphasis around the whole line kept balanced. */
      title: string
    }
  | { kind: 'sub'; letter: string; title: string }

import { isEscaped } from '../markdown/isEscaped'

const YEARLY =
  /^(sak|item|case)\s+(\d{1,6})\s*\/\s*(\d{4}|\d{2})(?=[\s:.]|$)(?:\s*[:.](?=\s|$))?\s*(?:[–—-]\s+)?([\s\S]*)$/iu
const PLAIN = /^(\d{1,4})[.)](?![\d])[\s]*([\s\S]*)$/u
const LETTER = /^([a-z]{1,2})[.)](?=\s|$)\s*([\s\S]*)$/u

/**
 * The item number or sub-item letter a heading or line starts with ("3. Title", "**4. Title**",
 * "Sak 38/25 Title", "Item 38/25: Title", "a. Title"), read from raw Markdown so that an escaped
 * "3\. Title" is no item. Null for anything else.
 */
export function classifyItemText(raw: string): ItemText | null {
  const trimmed = raw.trim()
  // Emphasis around the whole line ("**4. Title**") or the number ("**3.** Title").
  const lead = /^[*_]*/.exec(trimmed)?.[0] ?? ''
  const wrapped =
    trimmed.length > 2 * lead.length &&
    trimmed.endsWith(lead) &&
    !isEscaped(trimmed, trimmed.length - lead.length)
  const text = trimmed.slice(lead.length).trimStart()
  const title = (rest: string | undefined): string | null => {
    const body = (rest ?? '').trimStart()
    if (!lead) return body
    if (body.startsWith(lead)) return body.slice(lead.length).trimStart()
    return wrapped ? lead + body : null
  }
  const yearly = YEARLY.exec(text)
  const yearlyTitle = yearly ? title(yearly[4]) : null
  if (yearly && yearlyTitle !== null) {
    const word = yearly[1] ?? ''
    return { kind: 'item', number: Number(yearly[2]), yearly: true, word, title: yearlyTitle }
  }
  const plain = PLAIN.exec(text)
  const plainTitle = plain ? title(plain[2]) : null
  if (plain && plainTitle !== null) {
    return { kind: 'item', number: Number(plain[1]), yearly: false, word: '', title: plainTitle }
  }
  const letter = LETTER.exec(text)
  const letterTitle = letter ? title(letter[2]) : null
  if (letter && letterTitle !== null)
    return { kind: 'sub', letter: letter[1] ?? '', title: letterTitle }
  return null
}
