import { itemLabel, NUMBERING_STYLES, writeMeta, numberingOptions } from '@referat/shared'
import { useId } from 'react'
import type { MeetingConnection } from '../collab/MeetingConnection'
import { useValueStore } from '../collab/useValueStore'
import { useI18n } from '../i18n/useI18n'

/**
 * How the agenda items are numbered: 1, 2, 3 … or through the year ("Sak 38/25"), with the
 * first case number. Written to the meeting header; the numbering follows at once for everyone.
 */
export function NumberingControl({ connection }: { connection: MeetingConnection }) {
  const { t } = useI18n()
  const id = useId()
  const { meta } = useValueStore(connection.meta)
  const yearlyExample = itemLabel(0, numberingOptions({ ...meta, numbering: 'yearly' }))

  return (
    <div className="numbering-control">
      <div className="meta-field">
        <label htmlFor={`${id}-style`}>{t.numberingLabel}</label>
        <select
          id={`${id}-style`}
          value={meta.numbering}
          onChange={(event) => {
            const numbering = NUMBERING_STYLES.find((style) => style === event.target.value)
            if (numbering) writeMeta(connection.doc, { numbering })
          }}
          data-testid="numbering-style"
        >
          <option value="plain">{t.numberingPlain}</option>
          <option value="yearly">{yearlyExample}</option>
        </select>
      </div>
      {meta.numbering === 'yearly' && (
        <div className="meta-field meta-number">
          <label htmlFor={`${id}-start`}>{t.numberingStart}</label>
          <input
            id={`${id}-start`}
            type="number"
            inputMode="numeric"
            min={1}
            max={100000}
            value={meta.numberStart}
            onChange={(event) => {
              const start = Number.parseInt(event.target.value, 10)
              if (Number.isInteger(start) && start >= 1 && start <= 100000) {
                writeMeta(connection.doc, { numberStart: start })
              }
            }}
            data-testid="numbering-start"
          />
        </div>
      )}
    </div>
  )
}
