/** Whether the character at `index` of raw Markdown is escaped by an odd run of backslashes. */
export function isEscaped(raw: string, index: number): boolean {
  let backslashes = 0
  for (let i = index - 1; i >= 0 && raw[i] === '\\'; i--) backslashes++
  return backslashes % 2 === 1
}
