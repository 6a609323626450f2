import type { ExportLabels } from '@referat/shared'
import type { TextStyle } from './FlowItem'
import type { Measure } from './layoutLines'
import type { FontFace } from './loadDejaVuFonts'
import type { ParsedFont } from './registerDejaVuFonts'

/** What the layout of a referat needs from the document: labels, widths and the fonts' glyphs. */
export interface FlowContext {
  labels: ExportLabels
  /** Width of the content area. */
  width: number
  measure: Measure
  /** The text with characters the face has no glyph for replaced (PDF/A forbids `.notdef`). */
  clean: (text: string, face: FontFace) => string
  /** One shared object per distinct style, so that runs in the same style join. */
  style: (face: FontFace, size: number, color: string, underline?: boolean) => TextStyle
}

/** Text that every face has a glyph for, so it need not be looked at character by character. */
const COMMON = /^[\u0020-\u007e\u00a0-\u00ac\u00ae-\u017f\u2010-\u2027\u20ac]*$/
const REPLACEMENT = '\uFFFD'

export function createFlowContext(
  doc: PDFKit.PDFDocument,
  fonts: Record<FontFace, ParsedFont>,
  labels: ExportLabels,
  width: number,
): FlowContext {
  const widths = new Map<FontFace, Map<string, number>>()
  const measure: Measure = (text, style) => {
    let known = widths.get(style.face)
    if (!known) {
      known = new Map([[' ', doc.font(style.face, 1).widthOfString(' ')]])
      widths.set(style.face, known)
    }
    let perPoint = known.get(text)
    if (perPoint === undefined) {
      // Measured with a space after it, as pdfkit lays out (and caches) a word when it draws it.
      perPoint = doc.font(style.face, 1).widthOfString(`${text} `) - (known.get(' ') ?? 0)
      known.set(text, perPoint)
    }
    return perPoint * style.size
  }

  const glyphs = new Map<string, boolean>()
  const hasGlyph = (face: FontFace, char: string): boolean => {
    const key = face + char
    let has = glyphs.get(key)
    if (has === undefined) {
      has = fonts[face].hasGlyphForCodePoint(char.codePointAt(0) ?? 0)
      glyphs.set(key, has)
    }
    return has
  }
  const clean = (text: string, face: FontFace): string => {
    if (COMMON.test(text)) return text
    let out = ''
    for (const char of text) {
      if (/[\p{Cc}\p{Cf}]/u.test(char)) out += /\s/.test(char) ? ' ' : ''
      else out += hasGlyph(face, char) ? char : hasGlyph(face, REPLACEMENT) ? REPLACEMENT : '?'
    }
    return out
  }

  const styles = new Map<string, TextStyle>()
  const style = (face: FontFace, size: number, color: string, underline = false): TextStyle => {
    const key = `${face}|${size}|${color}|${underline}`
    let found = styles.get(key)
    if (!found) {
      found = underline ? { face, size, color, underline } : { face, size, color }
      styles.set(key, found)
    }
    return found
  }

  return { labels, width, measure, clean, style }
}
