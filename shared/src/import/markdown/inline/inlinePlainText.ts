import { parseInlines, type ParseInlinesOptions } from './parseInlines'

/** The text of raw Markdown without its markup, line breaks as spaces, trimmed. */
export function inlinePlainText(raw: string, options: ParseInlinesOptions = {}): string {
  return parseInlines(raw, options)
    .map((node) => (node.type === 'text' ? (node.text ?? '') : ' '))
    .join('')
    .trim()
}
