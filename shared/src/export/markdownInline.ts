import type { ReferatInline } from '../referat/Referat'

/* Inline Markdown of the export: escaping that reads back literally, and marks. */

const WORD_CHARACTER = /^[\p{L}\p{N}]$/u
// eslint-disable-next-line no-control-regex -- CommonMark: control characters end a URL
const AUTOLINK = /^[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>&\\\u0000-\u001f]*$/
const LINE_LABEL =
  /^((?:\*\*\*?|\*|<strong>|<em>)*\s*(?:vedtak|forslag til vedtak|innstilling|decision|proposed decision|resolution|oppfølging|follow-up|follow up|action)\s*(?:\*\*\*?|\*|<\/strong>|<\/em>)*\s*):/iu

/**
 * Text that reads literally inside a line, entities included ("&amp;" stays "&amp;"): the
 * characters `escapeMarkdown` escapes; line starts are escaped by `lineEdges` where lines start.
 */
export const text = (value: string) =>
  value.replace(/[\\`*_[\]<>|~#]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/giu, '\\&')
/** Text inside a list of names or notes: commas and parentheses escaped too. */
export const listed = (value: string) => text(value).replace(/[(),]/g, '\\$&')
export const entity = (char: string) => `&#${char.codePointAt(0)};`

/**
 * What a line of running text must not start with so that it reads as text and not as a list,
 * a setext underline, a sub-item ("a. …"), a decision or an action item; spaces at either end are
 * kept as entities (Markdown would drop them).
 */
export function lineEdges(line: string): string {
  return line
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^((?:\*+|<strong>|<em>)*)([a-z]{1,2})([.)])(?=\s|$)/, '$1$2\\$3')
    .replace(/^•/, entity)
    .replace(LINE_LABEL, '$1\\:')
    .replace(/^\s+/u, (spaces) => [...spaces].map(entity).join(''))
    .replace(/\s+$/u, (spaces) => [...spaces].map(entity).join(''))
}

/** Runs with the same marks joined: escaping sees their text whole ("&" + "amp;"). */
function mergeRuns(runs: readonly ReferatInline[]): ReferatInline[] {
  const merged: ReferatInline[] = []
  for (const run of runs) {
    const last = merged[merged.length - 1]
    if (
      last &&
      'text' in last &&
      'text' in run &&
      last.bold === run.bold &&
      last.italic === run.italic &&
      last.href === run.href
    ) {
      merged[merged.length - 1] = { ...last, text: last.text + run.text }
    } else merged.push(run)
  }
  return merged
}

/** The lines of inline content: marks as `**`/`*` where Markdown reads them back, else as HTML. */
export function inlineLines(
  given: readonly ReferatInline[],
  escapeFinalParenthesis = false,
): string[] {
  const runs = mergeRuns(given)
  const lines: string[] = []
  let line = ''
  let endsWithDelimiter = false
  runs.forEach((run, index) => {
    if ('lineBreak' in run) {
      lines.push(line)
      line = ''
      endsWithDelimiter = false
      return
    }
    const chars = [...run.text]
    const emphasis = run.bold === true || run.italic === true
    if (!emphasis && run.href === run.text && AUTOLINK.test(run.text)) {
      line += `<${run.text}>`
      endsWithDelimiter = false
      return
    }
    let piece = text(run.text)
    if (escapeFinalParenthesis && index === runs.length - 1 && !run.href && !emphasis) {
      piece = piece.replace(/\)$/, '\\)')
    }
    let delimited = false
    if (emphasis) {
      const edgesAreWords =
        WORD_CHARACTER.test(chars[0] ?? '') && WORD_CHARACTER.test(chars[chars.length - 1] ?? '')
      if (edgesAreWords && (run.href || !endsWithDelimiter)) {
        const delimiter = `${run.bold ? '**' : ''}${run.italic ? '*' : ''}`
        piece = `${delimiter}${piece}${delimiter}`
        delimited = !run.href
      } else {
        // `**` next to punctuation or spaces is no emphasis in Markdown: HTML says it exactly.
        const open = `${run.bold ? '<strong>' : ''}${run.italic ? '<em>' : ''}`
        const close = `${run.italic ? '</em>' : ''}${run.bold ? '</strong>' : ''}`
        piece = `${open}${piece}${close}`
      }
    }
    if (run.href) {
      piece = `[${piece}](<${run.href.replace(/[\\<>]/g, '\\$&').replace(/\n/g, '%0A')}>)`
      // A "!" right before the link would make it an image.
      if (/(?:^|[^\\])(?:\\\\)*!$/.test(line)) line = `${line.slice(0, -1)}\\!`
    }
    line += piece
    endsWithDelimiter = delimited
  })
  lines.push(line)
  return lines.map(lineEdges)
}

/** Lines ending in a hard break get two spaces, or a backslash when the line is empty. */
export function withBreaks(lines: readonly string[]): string[] {
  return lines.map((line, i) => (i === lines.length - 1 ? line : line ? `${line}  ` : '\\'))
}
