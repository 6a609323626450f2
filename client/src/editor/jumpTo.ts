import type { Editor } from '@tiptap/core'

/** Frames after a jump in which the target is put back in the middle, at the most. */
const SETTLE_FRAMES = 40
/** How far from the middle of the screen a target may be and still count as centred. */
const CENTRED_PX = 48

/**
 * Scrolls `element` to the middle of the screen. Agenda items off screen are not laid out
 * (`content-visibility`), so a long jump passes items whose height is only estimated: the jump
 * is instant when the target is more than a screen away (a smooth scroll would aim at where the
 * estimates put it), and for a few frames the target is centred again while the items around it
 * take their real height.
 */
function scrollToMiddle(element: HTMLElement): void {
  const viewport = window.innerHeight
  const top = element.getBoundingClientRect().top
  const near = top > -viewport && top < 2 * viewport
  element.scrollIntoView({ block: 'center', behavior: near ? 'smooth' : 'instant' })
  if (near) return
  let frames = 0
  let centred = 0
  const settle = () => {
    const box = element.getBoundingClientRect()
    const offCentre = Math.abs(box.top + box.height / 2 - window.innerHeight / 2) > CENTRED_PX
    // Off centre: items around it took their real height, or the page was too short to centre it
    // before the items below it did. At the very end of the page this changes nothing.
    if (offCentre) element.scrollIntoView({ block: 'center', behavior: 'instant' })
    centred = offCentre ? 0 : centred + 1
    if (++frames < SETTLE_FRAMES && centred < 3) requestAnimationFrame(settle)
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
