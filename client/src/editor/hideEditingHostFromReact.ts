const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable')

/**
 * Stops React from measuring the editor's selection on every commit.
 *
 * Before each commit React saves the selection of the focused element when that element "has
 * selection capabilities" (`element.contentEditable === 'true'`), and for a contenteditable it
 * does so by walking every DOM node of it to turn the selection into text offsets
 * (`getSelectionInformation`). The minutes editor is one contenteditable holding the whole
 * meeting, and every keystroke commits React several times (node views, toolbar, sidebar), so
 * on a 300-item meeting this walk alone cost about 12 ms a keystroke. ProseMirror keeps its own
 * selection and React never moves the editor element, so React's save and restore are of no use
 * here.
 *
 * The element's own `contentEditable` property answers `'inherit'` instead of `'true'`; the
 * attribute, which the browser's editing and accessibility use, is untouched, and ProseMirror
 * only ever compares the property with `'false'`. Returns a function that undoes it.
 */
export function hideEditingHostFromReact(element: HTMLElement): () => void {
  if (!descriptor?.get || !descriptor.set) return () => {}
  const { get, set } = descriptor
  Object.defineProperty(element, 'contentEditable', {
    configurable: true,
    enumerable: true,
    get(this: HTMLElement) {
      const value = get.call(this) as string
      return value === 'true' ? 'inherit' : value
    },
    set(this: HTMLElement, value: string) {
      set.call(this, value)
    },
  })
  return () => {
    delete (element as Partial<Pick<HTMLElement, 'contentEditable'>>).contentEditable
  }
}
