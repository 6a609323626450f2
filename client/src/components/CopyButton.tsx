import { useEffect, useState } from 'react'
import { copyText } from '../browser/copyText'
import { useI18n } from '../i18n/useI18n'
import { Icon } from './Icon'

interface CopyButtonProps {
  text: string
  /** Accessible name, e.g. "Kopier lenken for Sekretær". */
  label: string
  testId?: string
}

/** Copies `text`, then says "Kopiert!" (or that copying failed) for a moment. */
export function CopyButton({ text, label, testId }: CopyButtonProps) {
  const { t } = useI18n()
  const [result, setResult] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (result === 'idle') return
    const timer = window.setTimeout(() => setResult('idle'), result === 'copied' ? 2000 : 6000)
    return () => window.clearTimeout(timer)
  }, [result])

  return (
    <span className="copy-button-wrap">
      <button
        type="button"
        className="button button-secondary button-small"
        aria-label={label}
        data-testid={testId}
        data-copied={result === 'copied' || undefined}
        onClick={() => {
          void copyText(text).then((ok) => setResult(ok ? 'copied' : 'failed'))
        }}
      >
        <Icon name={result === 'copied' ? 'check' : 'copy'} size={16} />
        <span aria-hidden="true">{result === 'copied' ? t.copied : t.copy}</span>
      </button>
      <span className="copy-feedback" role="status" aria-live="polite">
        {result === 'copied' ? t.copied : result === 'failed' ? t.copyFailed : ''}
      </span>
    </span>
  )
}
