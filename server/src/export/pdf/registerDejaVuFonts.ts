import { loadDejaVuFonts, type FontFace } from './loadDejaVuFonts'

const FACES: FontFace[] = ['regular', 'bold', 'italic', 'boldItalic']

/** Words laid out per face before the shared layouts are dropped (bounds the memory they take). */
const MAX_SHARED_LAYOUTS = 20_000

/** The parts of a parsed (fontkit) font used here; pdfkit accepts such an object as a font. */
export interface ParsedFont {
  layout(text: string): unknown
  hasGlyphForCodePoint(codePoint: number): boolean
}

/**
 * pdfkit's current font: the parsed font, and the words it has laid out (glyphs and advances,
 * which depend only on the font). pdfkit has no accessor for either.
 */
interface WithCurrentFont {
  _font?: { font?: ParsedFont; layoutCache?: Record<string, unknown> }
}

interface SharedFonts {
  parsed: Record<FontFace, ParsedFont>
  layouts: Record<FontFace, Record<string, unknown>>
}

/**
 * Shared by every document: parsing DejaVu, decoding its layout tables and shaping words is most
 * of the cost of a PDF. Each document still embeds its own subset of the glyphs.
 */
let shared: SharedFonts | undefined

/**
 * Registers the four DejaVu Sans faces under their names (`regular`, `bold`, `italic`,
 * `boldItalic`), selects `regular`, and returns the parsed fonts (to ask them for glyphs).
 */
export function registerDejaVuFonts(doc: PDFKit.PDFDocument): Record<FontFace, ParsedFont> {
  const files = loadDejaVuFonts()
  const parsed = {} as Record<FontFace, ParsedFont>
  const layouts = {} as Record<FontFace, Record<string, unknown>>
  for (const face of FACES) {
    // pdfkit takes a parsed font as well as a file (it checks for `layout`); its types do not say so.
    doc.registerFont(face, (shared?.parsed[face] ?? files[face]) as unknown as Buffer)
    const font = (doc.font(face) as unknown as WithCurrentFont)._font
    if (!font?.font || !font.layoutCache) throw new Error('pdfkit no longer exposes its fonts')
    let layout = shared?.layouts[face]
    if (!layout || Object.keys(layout).length > MAX_SHARED_LAYOUTS) layout = font.layoutCache
    font.layoutCache = layout
    parsed[face] = font.font
    layouts[face] = layout
  }
  shared = { parsed, layouts }
  doc.font('regular')
  return parsed
}
