import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/** The four faces of DejaVu Sans, the one font family of a PDF referat (it has æ, ø and å). */
export interface DejaVuFonts {
  regular: Buffer
  bold: Buffer
  italic: Buffer
  boldItalic: Buffer
}

export type FontFace = keyof DejaVuFonts

const FILES: Record<FontFace, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
}

let cached: DejaVuFonts | undefined

/** The font files of the `dejavu-fonts-ttf` package, read once per process. */
export function loadDejaVuFonts(): DejaVuFonts {
  if (!cached) {
    const require = createRequire(import.meta.url)
    const read = (face: FontFace) =>
      readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${FILES[face]}`))
    cached = {
      regular: read('regular'),
      bold: read('bold'),
      italic: read('italic'),
      boldItalic: read('boldItalic'),
    }
  }
  return cached
}
