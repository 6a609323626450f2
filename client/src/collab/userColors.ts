/**
 * Caret and presence colours: distinct from each other, dark enough for white label text
 * (contrast ≥ 4.5:1) and readable as a thin caret on white.
 */
export const userColors = [
  '#1f6feb',
  '#b3261e',
  '#0b7a4b',
  '#8a4baf',
  '#b35900',
  '#00758f',
  '#a3154f',
  '#5c6b00',
] as const
