import type { Editor } from '@tiptap/core'
import { useContext } from 'react'
import { Icon } from '../components/Icon'
import { useI18n } from '../i18n/useI18n'
import { setCurrentItem } from '../live/setCurrentItem'
import { MinutesContext } from './MinutesContext'
import { useLiveMeeting } from './useLiveMeeting'

interface SetCurrentButtonProps {
  editor: Editor
  /** Id of the agenda item the button belongs to. */
  itemId: string | null
}

/**
 * The gutter button that makes an agenda item the one being discussed; shown to the moderator
 * (and organizer) while the meeting is live.
 */
export function SetCurrentButton({ editor, itemId }: SetCurrentButtonProps) {
  const { t } = useI18n()
  const live = useLiveMeeting(editor)
  const { doc } = useContext(MinutesContext)
  if (!itemId || !live.canModerate || live.status !== 'live') return null
  const isCurrent = live.currentItemId === itemId
  return (
    <button
      type="button"
      className="gutter-button set-current-button"
      tabIndex={-1}
      aria-label={t.liveSetCurrent}
      aria-pressed={isCurrent}
      title={isCurrent ? t.liveCurrentItem : t.liveSetCurrent}
      data-testid="btn-set-current"
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => {
        if (doc) setCurrentItem(doc, itemId)
      }}
    >
      <Icon name="play" size={14} />
    </button>
  )
}
