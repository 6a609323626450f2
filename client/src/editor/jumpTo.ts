import type { Editor } from '@tiptap/core'

/** Frames after a jump in which the target is put back in the middle, at the most (1.5 s). */
const SETTLE_FRAMES = 90
/** How far from the middle of the screen a target may be and still count as centred. */
const CENTRED_PX = 48
/** What the reader does that ends the re-centring: the page is theirs again. */
const READER_INPUT = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const

/**
 * Scrolls `element` to the middle of the screen. Agenda items off screen are not laid out
 * (`content-visibility`), so a long jump passes items whose height is only estimated: the jump
 * is instant when the target is more than a screen away (a smooth scroll would aim at where the
 * estimates put it), and for a moment the target is centred again whenever it moves as the
 * items around it take their real height, until the reader scrolls, types or clicks.
 */
function scrollToMiddle(element: HTMLElement): void {
  const viewport = window.innerHeight
  const top = element.getBoundingClientRect().top
  const near = top > -viewport && top < 2 * viewport
  element.scrollIntoView({ block: 'center', behavior: near ? 'smooth' : 'instant' })
  if (near) return
  let frames = 0
  let stopped = false
  const stop = () => {
    stopped = true
    for (const type of READER_INPUT) window.removeEventListener(type, stop, true)
  }
  for (const type of READER_INPUT) {
    window.addEventListener(type, stop, { capture: true, passive: true })
  }
  const settle = () => {
    if (stopped) return
    const box = element.getBoundingClientRect()
    const offCentre = Math.abs(box.top + box.height / 2 - window.innerHeight / 2) > CENTRED_PX
    // Off centre: items around it took their real height, or the page was too short to centre it
    // before the items below it did. At the very end of the page this changes nothing.
    if (offCentre) element.scrollIntoView({ block: 'center', behavior: 'instant' })
    if (++frames < SETTLE_FRAMES) requestAnimationFrame(settle)
    else stop()
  }
  requestAnimationFrame(settle)
}

/**
 * Scrolls the editor to the node at `nodePos` and puts the cursor at `cursorPos` (inside it),
 * so that typing continues there.
 */
export function jumpTo(editor: Editor, nodePos: number, cursorPos: number): void {
  if (editor.isDestroyed) return
  const size = editor.state.doc.content.size
  if (nodePos < 0 || cursorPos > size) return
  editor.chain().focus(undefined, { scrollIntoView: false }).setTextSelection(cursorPos).run()
  const dom = editor.view.nodeDOM(nodePos)
  if (dom instanceof HTMLElement) scrollToMiddle(dom)
}

/** Puts the caret at the end of the title of the agenda item at `item.pos` and shows it. */
export function jumpToItem(editor: Editor, item: { pos: number }): void {
  const node = editor.state.doc.nodeAt(item.pos)
  if (node) jumpTo(editor, item.pos, item.pos + 2 + (node.firstChild?.content.size ?? 0))
}
