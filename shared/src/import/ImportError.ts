/**
 * Minutes that cannot be imported: the message says why in words a user understands, and `line`
 * is the 1-based line of the file it concerns, or null when it concerns the whole file.
 */
export class ImportError extends Error {
  readonly line: number | null

  constructor(message: string, line: number | null = null) {
    super(line === null ? message : `Line ${line}: ${message}`)
    this.name = 'ImportError'
    this.line = line
  }
}
