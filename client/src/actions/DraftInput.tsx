import { useState, type InputHTMLAttributes } from 'react'

interface DraftInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'onFocus' | 'onBlur'
> {
  /** The stored value, shown while the input is not being edited. */
  value: string
  /** Called with every change of the typed text. */
  onCommit: (typed: string) => void
}

/**
 * A text input that shows what the user types while it has focus (so a stored value that is
 * normalized, or changed by someone else, does not move the caret) and the stored value else.
 */
export function DraftInput({ value, onCommit, ...rest }: DraftInputProps) {
  const [draft, setDraft] = useState<string | null>(null)
  return (
    <input
      {...rest}
      value={draft ?? value}
      onFocus={() => setDraft(value)}
      onBlur={() => setDraft(null)}
      onChange={(event) => {
        setDraft(event.target.value)
        onCommit(event.target.value)
      }}
    />
  )
}
