import type { Editor } from '@tiptap/core'
import type { SuggestionKeyDownProps, SuggestionOptions, SuggestionProps } from '@tiptap/suggestion'
import { ReactRenderer } from '@tiptap/react'
import { SlashMenu, type SlashMenuProps } from './SlashMenu'
import type { SlashItem } from './SlashItem'

type Render = NonNullable<SuggestionOptions<SlashItem, SlashItem>['render']>

const setActiveDescendant = (editor: Editor, item: SlashItem | undefined) => {
  const dom = editor.view.dom
  if (item) {
    dom.setAttribute('aria-activedescendant', `slash-option-${item.id}`)
    dom.setAttribute('aria-controls', 'slash-menu-list')
  } else {
    dom.removeAttribute('aria-activedescendant')
    dom.removeAttribute('aria-controls')
  }
}

/**
 * Shows the "/" menu next to the cursor while a suggestion is active, and moves through it with
 * the arrow keys (wrapping), Enter or Tab to choose.
 */
export const renderSlashMenu: Render = () => {
  let renderer: ReactRenderer<unknown, SlashMenuProps> | null = null
  let unmount: (() => void) | null = null
  let current: SuggestionProps<SlashItem, SlashItem> | null = null
  let selected = 0

  const show = () => {
    if (!renderer || !current) return
    const props = current
    renderer.updateProps({
      items: props.items,
      selected,
      onChoose: (item: SlashItem) => props.command(item),
    })
    setActiveDescendant(props.editor, props.items[selected])
  }

  return {
    onStart(props) {
      current = props
      selected = 0
      renderer = new ReactRenderer(SlashMenu, {
        editor: props.editor,
        props: { items: props.items, selected, onChoose: (item: SlashItem) => props.command(item) },
      })
      renderer.element.classList.add('slash-menu-popup')
      unmount = props.mount(renderer.element)
      show()
    },
    onUpdate(props) {
      if (props.query !== current?.query) selected = 0
      current = props
      selected = Math.min(selected, Math.max(props.items.length - 1, 0))
      show()
    },
    onKeyDown({ event }: SuggestionKeyDownProps) {
      const items = current?.items ?? []
      if (event.key === 'Escape') return true
      if (items.length === 0) return false
      if (event.key === 'ArrowDown') {
        selected = (selected + 1) % items.length
        show()
        return true
      }
      if (event.key === 'ArrowUp') {
        selected = (selected - 1 + items.length) % items.length
        show()
        return true
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        const item = items[selected]
        if (item) current?.command(item)
        return true
      }
      return false
    },
    onExit(props) {
      setActiveDescendant(props.editor, undefined)
      unmount?.()
      renderer?.destroy()
      renderer = null
      unmount = null
      current = null
    },
  }
}
