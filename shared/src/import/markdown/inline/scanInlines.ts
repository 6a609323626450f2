import { decodeEntity } from './decodeEntity'
import { InlineNode } from './InlineNode'
import { processEmphasis, type DelimiterStack } from './processEmphasis'
import { readLinkTail } from './readLinkTail'

const SPECIAL = /[\\\n`*_[\]!<&]/g
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/
const WHITESPACE = /^\s$/u
const PUNCTUATION = /^[\p{P}\p{S}]$/u
// eslint-disable-next-line no-control-regex -- CommonMark: control characters end a URL
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\u0000-\u001f]*)>/y
const EMAIL =
  /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y
const HTML_COMMENT = /<!--[\s\S]*?-->/y
const HTML_TAG =
  /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^']*'|"[^"]*"))?)*\s*\/?>/y
const ENTITY = /&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/y
const TAG_MARKS: Record<string, 'bold' | 'italic'> = {
  strong: 'bold',
  b: 'bold',
  em: 'italic',
  i: 'italic',
}

interface Bracket {
  node: InlineNode
  image: boolean
  /** The delimiter stack's top when the bracket opened. */
  bottom: InlineNode | null
}

const sticky = (pattern: RegExp, text: string, at: number) => {
  pattern.lastIndex = at
  return pattern.exec(text)
}

/** The code point before `index` (a newline at the start: line starts count as whitespace). */
function charBefore(text: string, index: number): string {
  if (index <= 0) return '\n'
  const code = text.codePointAt(index - 2)
  return code !== undefined && code > 0xffff
    ? String.fromCodePoint(code)
    : (text[index - 1] as string)
}

function charAt(text: string, index: number): string {
  const code = text.codePointAt(index)
  return code === undefined ? '\n' : String.fromCodePoint(code)
}

/**
 * The inline tree of one block of raw Markdown as CommonMark builds it: backslash escapes,
 * entities, code spans (kept as literal text), emphasis with `*` and `_`, inline links and
 * images, autolinks, hard and soft line breaks, and the inline HTML minutes use (`<strong>`,
 * `<b>`, `<em>`, `<i>`, `<br>`; other tags and comments are left out, their text kept).
 */
export function scanInlines(text: string): InlineNode {
  const root = InlineNode.container('emphasis')
  const stack: DelimiterStack = { top: null }
  const brackets: Bracket[] = []
  // Brackets below this index may no longer start a link: links cannot contain links.
  let inactiveBelow = 0
  // Lengths of backtick runs that have no closing run further on.
  const noCloser = new Set<number>()
  let buffer = ''
  // The start of the buffer up to here is literal (entities, code): no spaces stripped there.
  let literal = 0
  const flush = () => {
    if (buffer) root.append(InlineNode.text(buffer))
    buffer = ''
    literal = 0
  }
  const skipSpaces = (from: number) => {
    let at = from
    while (text[at] === ' ' || text[at] === '\t') at++
    return at
  }

  let i = 0
  while (i < text.length) {
    SPECIAL.lastIndex = i
    const special = SPECIAL.exec(text)
    if (!special) {
      buffer += text.slice(i)
      break
    }
    buffer += text.slice(i, special.index)
    i = special.index
    const char = special[0]

    if (char === '\\') {
      const next = text[i + 1] ?? ''
      if (next === '\n') {
        flush()
        root.append(new InlineNode('break'))
        i = skipSpaces(i + 2)
      } else if (ASCII_PUNCTUATION.test(next)) {
        buffer += next
        i += 2
      } else {
        buffer += '\\'
        i++
      }
    } else if (char === '\n') {
      const trailing = buffer.slice(literal)
      const hard = / {2,}$/.test(trailing)
      buffer = buffer.slice(0, literal) + trailing.replace(/[ \t]+$/, '')
      if (hard) {
        flush()
        root.append(new InlineNode('break'))
      } else {
        buffer += ' '
      }
      i = skipSpaces(i + 1)
    } else if (char === '`') {
      let end = i
      while (text[end] === '`') end++
      const length = end - i
      let close = -1
      if (!noCloser.has(length)) {
        for (let at = text.indexOf('`', end); at >= 0;) {
          let runEnd = at
          while (text[runEnd] === '`') runEnd++
          if (runEnd - at === length) {
            close = at
            break
          }
          at = text.indexOf('`', runEnd)
        }
        if (close < 0) noCloser.add(length)
      }
      if (close < 0) {
        buffer += text.slice(i, end)
        i = end
      } else {
        let code = text.slice(end, close).replace(/\n/g, ' ')
        if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim()) {
          code = code.slice(1, -1)
        }
        buffer += code
        literal = buffer.length
        i = close + length
      }
    } else if (char === '*' || char === '_') {
      let end = i
      while (text[end] === char) end++
      const before = charBefore(text, i)
      const after = charAt(text, end)
      const beforeSpace = WHITESPACE.test(before)
      const afterSpace = WHITESPACE.test(after)
      const beforePunctuation = PUNCTUATION.test(before)
      const afterPunctuation = PUNCTUATION.test(after)
      const left = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation)
      const right = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation)
      const node = new InlineNode('delimiter')
      node.text = text.slice(i, end)
      node.char = char
      node.count = end - i
      node.originalCount = end - i
      node.canOpen = char === '*' ? left : left && (!right || beforePunctuation)
      node.canClose = char === '*' ? right : right && (!left || afterPunctuation)
      flush()
      root.append(node)
      if (node.canOpen || node.canClose) {
        node.prevDelimiter = stack.top
        if (stack.top) stack.top.nextDelimiter = node
        stack.top = node
      }
      i = end
    } else if (char === '[' || (char === '!' && text[i + 1] === '[')) {
      flush()
      const image = char === '!'
      const node = InlineNode.text(image ? '![' : '[')
      root.append(node)
      brackets.push({ node, image, bottom: stack.top })
      i += image ? 2 : 1
    } else if (char === ']') {
      flush()
      const opener = brackets.pop()
      const index = brackets.length
      const active = opener !== undefined && (opener.image || index >= inactiveBelow)
      inactiveBelow = Math.min(inactiveBelow, index)
      const tail = active ? readLinkTail(text, i + 1) : null
      if (!opener || !tail) {
        buffer += ']'
        i++
        continue
      }
      const link = InlineNode.container('link')
      link.href = tail.href
      link.image = opener.image
      const first = opener.node.next
      const last = root.last?.prev
      if (first && last && first !== root.last) link.adopt(first, last)
      processEmphasis(stack, opener.bottom)
      opener.node.insertAfter(link)
      opener.node.unlink()
      if (!opener.image) inactiveBelow = brackets.length
      i = tail.end
    } else if (char === '<') {
      const autolink = sticky(AUTOLINK, text, i) ?? sticky(EMAIL, text, i)
      const comment = autolink ? null : sticky(HTML_COMMENT, text, i)
      const tag = autolink || comment ? null : sticky(HTML_TAG, text, i)
      if (autolink) {
        flush()
        const address = autolink[1] as string
        const link = InlineNode.container('link')
        link.href = address.includes(':') ? address : `mailto:${address}`
        link.append(InlineNode.text(address))
        root.append(link)
        i += autolink[0].length
      } else if (comment) {
        i += comment[0].length
      } else if (tag) {
        const name = (tag[2] as string).toLowerCase()
        const mark = TAG_MARKS[name]
        if (mark || name === 'br') {
          flush()
          const node = new InlineNode(mark ? 'tag' : 'break')
          node.mark = mark ?? null
          node.closing = tag[1] === '/'
          if (mark || !node.closing) root.append(node)
        }
        i += tag[0].length
      } else {
        buffer += '<'
        i++
      }
    } else if (char === '&') {
      const entity = sticky(ENTITY, text, i)
      const decoded = entity ? decodeEntity(entity[1] as string) : null
      buffer += decoded ?? '&'
      if (decoded !== null) literal = buffer.length
      i += decoded !== null && entity ? entity[0].length : 1
    } else {
      buffer += char
      i++
    }
  }
  flush()
  processEmphasis(stack, null)
  return root
}
