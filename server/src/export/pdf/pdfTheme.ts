/** Page geometry, type sizes and colours of a PDF referat (sizes in points). */
export const pdfTheme = {
  margins: { top: 56, bottom: 64, left: 62, right: 62 },
  /** Distance of the footer's baseline area from the bottom edge of the page. */
  footerFromBottom: 38,
  lineHeight: 1.4,
  size: { body: 10.5, table: 9.5, footer: 8, title: 19, heading: [14, 12, 11, 10.5, 10.5] },
  /** Space above headings of level 2, 3, 4 and deeper. */
  headingSpace: [18, 14, 10, 8],
  paragraphGap: 6,
  listItemGap: 2,
  listIndent: 18,
  decisionIndent: 12,
  decisionBar: 3,
  cellPadding: 4,
  color: {
    text: '#1b1f24',
    muted: '#57606a',
    rule: '#c9d1d9',
    link: '#0b57d0',
    decided: '#1a7f37',
    proposed: '#9a6700',
    draft: '#b42318',
    headerFill: '#f0f3f6',
  },
} as const
