import { BorderStyle, ShadingType } from 'docx'

const COLORS = {
  decided: { line: '1A7F37', fill: 'EEF8F1' },
  proposed: { line: '9A6700', fill: 'FFF8E6' },
}

/**
 * The borders and shading of a decision's paragraphs, which Word draws as one shaded box with a
 * coloured bar on the left (top and bottom borders in the fill colour pad it). `shifted` moves the
 * bar by a point: Word joins neighbouring paragraphs with the same borders into one box, so every
 * other decision in a row is shifted to keep them apart.
 */
export function decisionBox(state: 'decided' | 'proposed', shifted = false) {
  const { line, fill } = COLORS[state]
  const pad = { style: BorderStyle.SINGLE, size: 4, color: fill, space: 4 }
  return {
    border: {
      left: { style: BorderStyle.SINGLE, size: 24, color: line, space: shifted ? 7 : 6 },
      top: pad,
      bottom: pad,
    },
    shading: { type: ShadingType.CLEAR, fill, color: 'auto' },
  }
}
