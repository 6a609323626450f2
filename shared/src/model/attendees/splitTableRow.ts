/**
 * The cells of one pasted table line: split on tabs (Word, Excel), else on pipes (Markdown,
 * plain-text e-mail; outer pipes dropped), else on semicolons (CSV from Excel in Norwegian
 * locale). Cells are trimmed and inner whitespace collapsed.
 */
export function splitTableRow(line: string): string[] {
  let cells: string[]
  if (line.includes('\t')) cells = line.split('\t')
  else if (line.includes('|')) cells = line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|')
  else if (line.includes(';')) cells = line.split(';')
  else cells = [line]
  const tidy = cells.map((cell) => cell.replace(/\s+/g, ' ').trim())
  while (tidy.length > 1 && tidy[tidy.length - 1] === '') tidy.pop()
  return tidy
}
