/** Text made safe to stand in Markdown: nothing in it is read as markup. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]<>|~#]/g, (char) => `\\${char}`)
      // A leading "-", "+" or "1." would start a list.
      .replace(/^(\s*)([+-])(?=\s|$)/, '$1\\$2')
      .replace(/^(\s*)(\d+)\.(?=\s|$)/, '$1$2\\.')
  )
}
