import type { InputHTMLAttributes } from 'react'

interface MetaInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string
  value: string
  onValue: (value: string) => void
  /** Hide the label visually (still read by screen readers). */
  hideLabel?: boolean
}

/** A labelled input of the meeting header, written to the shared document as it changes. */
export function MetaInput({
  label,
  value,
  onValue,
  hideLabel,
  id,
  className,
  ...rest
}: MetaInputProps) {
  return (
    <div className={`meta-field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input id={id} value={value} onChange={(event) => onValue(event.target.value)} {...rest} />
    </div>
  )
}
