import { parseInlines } from '../markdown/inline/parseInlines'

/**
 * The plain text of a title line (titles hold no marks). A link keeps its address in
 * parentheses after its text unless the text is the address.
 */
export function titleText(raw: string): string {
  const parts: string[] = []
  let href: string | null = null
  let linked = ''
  const close = () => {
    if (href !== null && href !== linked && href !== `mailto:${linked}`) parts.push(` (${href})`)
    href = null
    linked = ''
  }
  for (const node of parseInlines(raw, { trimStrayDelimiters: true })) {
    const link = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href
    const nodeHref = typeof link === 'string' ? link : null
    const text = node.type === 'text' ? (node.text ?? '') : ' '
    if (nodeHref !== href) close()
    if (nodeHref !== null) {
      href = nodeHref
      linked += text
    }
    parts.push(text)
  }
  close()
  return parts.join('').trim()
}
