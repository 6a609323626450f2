import { memo, useContext } from 'react'
import { formatClock } from '../format/formatClock'
import { useI18n } from '../i18n/useI18n'
import { MinutesContext } from './MinutesContext'
import { useItemEdit } from './useItemEdit'

/** "Sist endret av Kari Nordmann kl. 09:41" under an agenda item; nothing before any edit. */
export const LastEditedNote = memo(function LastEditedNote({ itemId }: { itemId: string | null }) {
  const { t, lang } = useI18n()
  const { doc } = useContext(MinutesContext)
  const edit = useItemEdit(doc, itemId)
  if (!edit) return null
  const time = formatClock(edit.at, lang)
  return (
    <p className="last-edited muted" contentEditable={false} data-testid="last-edited">
      <time dateTime={edit.at}>{t.lastEdited(edit.name, time)}</time>
    </p>
  )
})
