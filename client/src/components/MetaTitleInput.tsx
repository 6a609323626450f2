import { useLayoutEffect, useRef } from 'react'
import type { Language } from '@referat/shared'

interface MetaTitleInputProps {
  id: string
  label: string
  value: string
  placeholder: string
  lang: Language
  onValue: (value: string) => void
}

/**
 * The meeting title as a heading-sized field that wraps and grows with long titles (a single
 * line, so Enter and pasted line breaks do not add lines).
 */
export function MetaTitleInput({
  id,
  label,
  value,
  placeholder,
  lang,
  onValue,
}: MetaTitleInputProps) {
  const area = useRef<HTMLTextAreaElement>(null)

  useLayoutEffect(() => {
    const element = area.current
    if (!element) return
    element.style.height = 'auto'
    element.style.height = `${element.scrollHeight}px`
  }, [value])

  return (
    <div className="meta-field meta-title">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        ref={area}
        id={id}
        rows={1}
        value={value}
        placeholder={placeholder}
        maxLength={300}
        lang={lang}
        data-testid="meta-title"
        onChange={(event) => onValue(event.target.value.replace(/\s*[\r\n]+\s*/g, ' '))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault()
        }}
      />
    </div>
  )
}
