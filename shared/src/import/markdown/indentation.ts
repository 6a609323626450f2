/** Leading whitespace of a line with tabs expanded to the next multiple of four columns. */
function expandedIndent(text: string): { columns: number; length: number } {
  let columns = 0
  let length = 0
  for (const char of text) {
    if (char === ' ') columns++
    else if (char === '\t') columns += 4 - (columns % 4)
    else break
    length++
  }
  return { columns, length }
}

/** How many columns a line is indented. */
export function indentOf(text: string): number {
  return expandedIndent(text).columns
}

/** The line with up to `columns` columns of its indentation removed. */
export function removeIndent(text: string, columns: number): string {
  const { columns: indent, length } = expandedIndent(text)
  const kept = Math.max(0, indent - columns)
  return ' '.repeat(kept) + text.slice(length)
}
