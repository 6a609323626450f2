import { ImportError } from './ImportError'
import type { SourceLine } from './markdown/SourceLine'

/** The most text an import takes: 2 MB of UTF-8. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024

const lineOf = (text: string, index: number) => text.slice(0, index).split('\n').length

/**
 * The lines of the text to import, after refusing what is no text: an empty file, a binary file
 * (NUL bytes, many control characters), text that was not UTF-8 (many U+FFFD replacement
 * characters, as decoding Latin-1 æ, ø, å as UTF-8 gives) and text over 2 MB. A byte order mark
 * and Windows or old Mac line endings are accepted.
 */
export function checkText(text: string): SourceLine[] {
  // More characters than bytes allowed is too large already, without encoding it all.
  const size = text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length
  if (size > MAX_IMPORT_BYTES) {
    const megabytes = (size / 1024 / 1024).toFixed(1)
    throw new ImportError(
      `The file is too large to import (${megabytes} MB; at most 2 MB of text).`,
    )
  }
  const normalised = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n')
  if (normalised.trim() === '')
    throw new ImportError('The file is empty: there is nothing to import.')
  const nul = normalised.indexOf('\u0000')
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  const controls = normalised.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g)?.length ?? 0
  if (nul >= 0 || controls > Math.max(8, normalised.length / 100)) {
    throw new ImportError(
      'This looks like a binary file, not text. Import minutes saved as Markdown (.md) or plain text (.txt).',
      nul >= 0 ? lineOf(normalised, nul) : null,
    )
  }
  const replacements = normalised.match(/\ufffd/g)?.length ?? 0
  if (replacements >= 3 && replacements > normalised.length / 1000) {
    throw new ImportError(
      `The file is not UTF-8 text: ${replacements} characters could not be read. Save it as UTF-8 (in Word: "Plain text", encoding "Unicode (UTF-8)") and import it again.`,
      lineOf(normalised, normalised.indexOf('\ufffd')),
    )
  }
  return normalised.split('\n').map((line, index) => ({ text: line, line: index + 1 }))
}
