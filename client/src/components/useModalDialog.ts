import { useEffect, useRef } from 'react'

/** A ref for a `<dialog>` that opens modally on mount and closes on unmount. */
export function useModalDialog() {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
    return () => element?.close()
  }, [])
  return dialog
}
