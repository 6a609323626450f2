/** One line of imported text and its 1-based line number in the file. */
export interface SourceLine {
  text: string
  line: number
}
