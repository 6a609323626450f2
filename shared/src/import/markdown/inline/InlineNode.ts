export type InlineKind = 'sentinel' | 'text' | 'delimiter' | 'break' | 'tag' | 'link' | 'emphasis'

/**
 * A node of the inline tree while parsing: nodes of one container form a doubly linked list
 * between two sentinels, so wrapping a run of nodes in emphasis or a link is O(1).
 */
export class InlineNode {
  prev: InlineNode | null = null
  next: InlineNode | null = null
  /** Text of a text node; the remaining characters of a delimiter run. */
  text = ''
  // Delimiter runs of `*` or `_` (CommonMark's delimiter stack).
  char = ''
  count = 0
  originalCount = 0
  canOpen = false
  canClose = false
  prevDelimiter: InlineNode | null = null
  nextDelimiter: InlineNode | null = null
  /** Inline HTML `<strong>`, `<em>` …: the mark it switches on or (closing) off. */
  mark: 'bold' | 'italic' | null = null
  closing = false
  /** Links and emphasis: their content between two sentinels. */
  first: InlineNode | null = null
  last: InlineNode | null = null
  href: string | null = null
  image = false
  strong = false

  constructor(readonly kind: InlineKind) {}

  /** A new container node (link, emphasis) or root, with empty content. */
  static container(kind: InlineKind): InlineNode {
    const node = new InlineNode(kind)
    node.first = new InlineNode('sentinel')
    node.last = new InlineNode('sentinel')
    node.first.next = node.last
    node.last.prev = node.first
    return node
  }

  static text(text: string): InlineNode {
    const node = new InlineNode('text')
    node.text = text
    return node
  }

  /** Inserts `node` right after this one. */
  insertAfter(node: InlineNode): void {
    node.prev = this
    node.next = this.next
    if (this.next) this.next.prev = node
    this.next = node
  }

  /** Appends `node` to the content of this container. */
  append(node: InlineNode): void {
    this.last?.prev?.insertAfter(node)
  }

  /** Takes this node out of its list. */
  unlink(): void {
    if (this.prev) this.prev.next = this.next
    if (this.next) this.next.prev = this.prev
    this.prev = null
    this.next = null
  }

  /** Moves the nodes from `from` to `to` (inclusive, one list) into this empty container. */
  adopt(from: InlineNode, to: InlineNode): void {
    const before = from.prev as InlineNode
    const after = to.next as InlineNode
    before.next = after
    after.prev = before
    const first = this.first as InlineNode
    const last = this.last as InlineNode
    first.next = from
    from.prev = first
    to.next = last
    last.prev = to
  }

  /** The nodes of this container in order. */
  *children(): Generator<InlineNode> {
    for (let node = this.first?.next; node && node !== this.last; node = node.next) yield node
  }
}
