import type { Editor } from '@tiptap/core'
import { useI18n } from '../i18n/useI18n'
import { spentMs } from '../live/spentMs'
import { useNow } from '../live/useNow'
import { wholeMinutes } from '../live/wholeMinutes'
import { useLiveMeeting } from './useLiveMeeting'

interface ItemTimingProps {
  editor: Editor
  itemId: string
  plannedMinutes: number | null
  /** Sets the planned minutes (editors only). */
  onPlan: (minutes: number | null) => void
}

const REFRESH_MS = 15_000
const MAX_PLANNED = 1440

/**
 * Time spent on an agenda item against the time planned for it ("12 / 15 min"), counting the
 * running time while it is the current item; editors can set the planned minutes.
 */
export function ItemTiming({ editor, itemId, plannedMinutes, onPlan }: ItemTimingProps) {
  const { t } = useI18n()
  const live = useLiveMeeting(editor)
  const isCurrent = live.currentItemId === itemId
  const now = useNow(isCurrent ? REFRESH_MS : null, live.currentItemSince)
  const spent = wholeMinutes(spentMs(live, itemId, now))
  const showSpent = spent > 0 || isCurrent
  const over = plannedMinutes !== null && spent > plannedMinutes

  if (!editor.isEditable) {
    if (!showSpent && plannedMinutes === null) return null
    let text = `${t.plannedLabel} ${t.liveMinutes(plannedMinutes ?? 0)}`
    if (showSpent) {
      text =
        plannedMinutes === null ? t.liveMinutes(spent) : t.liveSpentOfPlanned(spent, plannedMinutes)
    }
    return (
      <span
        className="item-timing"
        data-over={over || undefined}
        contentEditable={false}
        title={t.liveTimingTitle}
      >
        {text}
      </span>
    )
  }

  return (
    <span
      className="item-timing"
      data-over={over || undefined}
      contentEditable={false}
      title={t.liveTimingTitle}
    >
      {showSpent ? (
        <span className="item-timing-spent">{spent} /</span>
      ) : (
        <span className="item-timing-label">{t.plannedLabel}</span>
      )}
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_PLANNED}
        className="item-timing-planned"
        aria-label={t.plannedMinutes}
        placeholder="–"
        value={plannedMinutes ?? ''}
        data-testid="planned-minutes"
        onChange={(event) => {
          const value = Number.parseInt(event.target.value, 10)
          onPlan(Number.isInteger(value) && value > 0 ? Math.min(value, MAX_PLANNED) : null)
        }}
      />
      <span>min</span>
    </span>
  )
}
