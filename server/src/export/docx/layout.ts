/** A4 in twips, with 2.5 cm margins left and right and 2 cm top and bottom. */
export const layout = {
  pageWidth: 11906,
  pageHeight: 16838,
  marginX: 1418,
  marginY: 1134,
  /** The width of the text between the margins. */
  textWidth: 11906 - 2 * 1418,
  /** Thin grey lines of tables. */
  rule: 'C9D1D9',
  /** The paragraph style of table cells: no space around the text. */
  tableText: 'TableText',
  /** Background of table header rows. */
  headerFill: 'F0F3F6',
  /** How far a list of the given depth (0 for a top-level list) indents its text. */
  listIndent: (depth: number): number => 720 * (depth + 1),
  /** Lists nest up to Word's nine levels. */
  maxListDepth: 8,
} as const
