import { useEffect } from 'react'

/** Whether `target` takes text, where "?" is a character to type and not a command. */
const takesText = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))

/** Calls `open` on "?" outside text fields, and on Ctrl/⌘+/ anywhere (also in the minutes). */
export function useShortcutsKey(open: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const modSlash = event.key === '/' && (event.ctrlKey || event.metaKey) && !event.altKey
      const question = event.key === '?' && !event.ctrlKey && !event.metaKey && !event.altKey
      if (!modSlash && !(question && !takesText(event.target))) return
      event.preventDefault()
      open()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [open])
}
