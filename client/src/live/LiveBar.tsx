import { runsMeeting } from '@referat/shared'
import type { Role } from '@referat/shared'
import type { Editor } from '@tiptap/core'
import { memo, useEffect } from 'react'
import type { MeetingConnection } from '../collab/MeetingConnection'
import type { AgendaItemRef } from '../editor/AgendaItemRef'
import { shallowEqualLists } from '../editor/shallowEqual'
import { useEditorValueAfterPaint } from '../editor/useEditorValue'
import { useI18n } from '../i18n/useI18n'
import { endMeeting } from './endMeeting'
import { spentMs } from './spentMs'
import { startMeeting } from './startMeeting'
import { useLiveState } from './useLiveState'
import { useAnnouncedItem } from './useAnnouncedItem'
import { useNow } from './useNow'
import { wholeMinutes } from './wholeMinutes'
import { agendaItemsOf } from '../editor/editorLists'
import { jumpToItem } from '../editor/jumpTo'

interface LiveBarProps {
  connection: MeetingConnection
  /** The minutes editor, once it exists. */
  editor: Editor | null
  role: Role
}

const REFRESH_MS = 15_000
const NO_ITEMS: AgendaItemRef[] = []

/**
 * The live meeting bar: the current agenda item and the time spent on it, with a button to jump
 * to it, and for the moderator the buttons that start and end the meeting. It also tells the
 * editor the live state, which highlights the current item and shows time per item.
 */
export const LiveBar = memo(function LiveBar({ connection, editor, role }: LiveBarProps) {
  const { t } = useI18n()
  const live = useLiveState(connection, runsMeeting(role))
  const items = useEditorValueAfterPaint(editor, agendaItemsOf, shallowEqualLists) ?? NO_ITEMS
  const current = items.find((item) => item.id === live.currentItemId) ?? null
  const now = useNow(current ? REFRESH_MS : null, live.currentItemSince)
  const announcement = useAnnouncedItem(
    live.status === 'live' && current ? `${current.label} ${current.title || t.untitled}` : null,
    t.liveAnnounceCurrent,
  )

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setLiveMeeting(live)
  }, [editor, live])

  const announcer = (
    <p className="visually-hidden" aria-live="polite" data-testid="current-item-announcement">
      {announcement}
    </p>
  )
  if (live.status !== 'live' && !(live.canModerate && live.status === 'planned')) return announcer

  return (
    <>
      {announcer}
      <section className="live-bar" data-status={live.status} data-testid="live-bar">
        {live.status === 'live' ? (
          <>
            <span className="live-dot" aria-hidden="true" />
            <p className="live-bar-current">
              {current ? (
                <>
                  <span className="live-bar-label">{t.liveCurrentItem}:</span>{' '}
                  <strong>
                    {current.label} {current.title || t.untitled}
                  </strong>{' '}
                  · {t.liveMinutes(wholeMinutes(spentMs(live, current.id, now)))}
                </>
              ) : (
                <span className="live-bar-label">{t.liveNoCurrentItem}</span>
              )}
            </p>
            {current && (
              <button
                type="button"
                className="button button-secondary button-small"
                data-testid="btn-jump-current"
                onClick={() => editor && jumpToItem(editor, current)}
              >
                {t.liveJump}
              </button>
            )}
            {live.canModerate && (
              <button
                type="button"
                className="button button-quiet button-small"
                data-testid="btn-end-meeting"
                onClick={() => endMeeting(connection.doc)}
              >
                {t.liveEnd}
              </button>
            )}
          </>
        ) : (
          <>
            <p className="live-bar-current">
              <span className="live-bar-label">{t.liveNotStarted}</span>
            </p>
            <button
              type="button"
              className="button button-primary button-small"
              data-testid="btn-start-meeting"
              onClick={() => startMeeting(connection.doc, items[0]?.id || null)}
            >
              {t.liveStart}
            </button>
          </>
        )}
      </section>
    </>
  )
})
