import { useEffect, useRef } from 'react'

/**
 * A ref for a `<dialog>` that opens modally on mount and closes on unmount, giving the focus back
 * to where it was before (the dialog's own return of focus does not happen once React has
 * removed it), so a keyboard user goes on where they were.
 */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    const opener = document.activeElement
    if (element && !element.open) element.showModal()
    return () => {
      element?.close()
      const focus = document.activeElement
      const lost = !focus || focus === document.body || !focus.isConnected
      if (lost && opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [])
  return dialog
}
