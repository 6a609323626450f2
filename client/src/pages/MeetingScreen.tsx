import { canEdit, runsMeeting, numberingOptions } from '@referat/shared'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { MeetingWithRole } from '@referat/shared'
import type { MeetingConnection } from '../collab/MeetingConnection'
import { chooseUserColor } from '../collab/chooseUserColor'
import { pickUserColor } from '../collab/pickUserColor'
import type { PresenceUser } from '../collab/PresenceUser'
import { userColors } from '../collab/userColors'
import { useValueStore } from '../collab/useValueStore'
import { AppHeader } from '../components/AppHeader'
import { ConnectionStatus } from '../components/ConnectionStatus'
import { LifecycleBar } from '../components/LifecycleBar'
import { MeetingHeader } from '../components/MeetingHeader'
import { NameDialog } from '../components/NameDialog'
import { PrintFollowUp, PrintFrontMatter } from '../components/PrintAppendix'
import { PresenceList } from '../components/PresenceList'
import { roleLabel } from '../components/roleLabel'
import { SaveStatus } from '../components/SaveStatus'
import { ShortcutsDialog } from '../components/ShortcutsDialog'
import { useShortcutsKey } from '../components/useShortcutsKey'
import { MinutesEditor } from '../editor/MinutesEditor'
import { AttendancePanel } from '../attendance/AttendancePanel'
import { ActionItemsPanel } from '../actions/ActionItemsPanel'
import { LiveBar } from '../live/LiveBar'
import { OutlinePanel } from '../outline/OutlinePanel'
import type { Editor } from '@tiptap/core'
import { I18nProvider } from '../i18n/I18nProvider'
import { useI18n } from '../i18n/useI18n'
import { settings } from '../state/settings'
import { useLocalSetting } from '../state/useLocalSetting'

interface MeetingScreenProps {
  connection: MeetingConnection
  meeting: MeetingWithRole
}

/** The open meeting: header, live minutes, who is present, connection and save status. */
export function MeetingScreen({ connection, meeting }: MeetingScreenProps) {
  const { meta } = useValueStore(connection.meta)
  return (
    <I18nProvider documentLanguage={meta.language}>
      <MeetingScreenContent connection={connection} meeting={meeting} />
    </I18nProvider>
  )
}

/**
 * Connection and save status. Its own component: the save status changes with every keystroke,
 * and re-rendering the whole meeting screen for it made typing in long meetings slower.
 */
function StatusBar({ connection, editable }: { connection: MeetingConnection; editable: boolean }) {
  const connectionState = useValueStore(connection.connection)
  const saveState = useValueStore(connection.saves.state)
  return (
    <div className="status-bar">
      <ConnectionStatus state={connectionState} />
      {editable && <SaveStatus save={saveState} connection={connectionState} />}
    </div>
  )
}

function MeetingScreenContent({ connection, meeting }: MeetingScreenProps) {
  const { t } = useI18n()
  const { meta } = useValueStore(connection.meta)
  const people = useValueStore(connection.presence)
  const storedName = useLocalSetting(settings.userName)
  const storedColor = useLocalSetting(settings.userColor)
  const organizerToken = useLocalSetting(settings.organizerToken)
  const [renaming, setRenaming] = useState(false)
  const [showShortcuts, setShowShortcuts] = useState(false)
  const openShortcuts = useCallback(() => setShowShortcuts(true), [])
  useShortcutsKey(openShortcuts)
  const [editor, setEditor] = useState<Editor | null>(null)
  const mayEdit = canEdit(meeting.role)
  // Final minutes are read-only for everyone until the moderator reopens them.
  const editable = mayEdit && meta.status !== 'final'

  const defaultName = roleLabel(meeting.role, t)
  const color = chooseUserColor(
    storedColor ?? userColors[0],
    connection.doc.clientID,
    people.filter((person) => !person.isSelf),
  )
  const user = useMemo<PresenceUser>(
    () => ({
      // A personal link's name is fixed by the server; otherwise the name one chose.
      name: meeting.name ?? (storedName?.trim() || defaultName),
      color,
      role: meeting.role,
    }),
    [meeting.name, storedName, color, defaultName, meeting.role],
  )

  useEffect(() => {
    if (!storedColor) settings.userColor.set(pickUserColor())
  }, [storedColor])

  useEffect(() => {
    connection.setUser(user)
  }, [connection, user])

  const numbering = useMemo(
    () =>
      numberingOptions({
        numbering: meta.numbering,
        numberStart: meta.numberStart,
        date: meta.date,
        language: meta.language,
      }),
    [meta.numbering, meta.numberStart, meta.date, meta.language],
  )

  return (
    <div className="app meeting-app" data-role={meeting.role}>
      <AppHeader homeHref={organizerToken ? '/' : undefined}>
        <StatusBar connection={connection} editable={editable} />
        {editable && (
          <button
            type="button"
            className="button button-quiet button-small shortcuts-button"
            aria-keyshortcuts="? Control+/"
            data-testid="btn-shortcuts"
            onClick={openShortcuts}
          >
            {t.shortcutsButton}
          </button>
        )}
      </AppHeader>
      <div className="meeting-layout">
        <main id="content" className="meeting-main">
          {!mayEdit && (
            <p className="notice notice-info" data-testid="read-only-notice">
              {t.readOnlyNotice}
            </p>
          )}
          <LiveBar connection={connection} editor={editor} role={meeting.role} />
          <LifecycleBar connection={connection} meeting={meeting} />
          <MeetingHeader connection={connection} editable={editable} />
          <PrintFrontMatter connection={connection} />
          <MinutesEditor
            connection={connection}
            editable={editable}
            user={user}
            numbering={numbering}
            contentLanguage={meta.language}
            canDecide={runsMeeting(meeting.role)}
            onEditor={setEditor}
          />
          <PrintFollowUp connection={connection} editor={editor} />
        </main>
        <aside className="meeting-sidebar" aria-label={t.presenceHeading}>
          <PresenceList
            people={people}
            onRename={meeting.name ? undefined : () => setRenaming(true)}
          />
          <p className="your-role muted">
            {t.yourRole} <strong>{defaultName.toLocaleLowerCase()}</strong>
          </p>
          {editor && <OutlinePanel editor={editor} />}
          <AttendancePanel doc={connection.doc} editable={editable} />
          <ActionItemsPanel editor={editor} doc={connection.doc} />
        </aside>
      </div>
      {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
      {!meeting.name && (storedName === null || renaming) && (
        <NameDialog
          initialName={user.name}
          onSave={(name) => {
            settings.userName.set(name)
            setRenaming(false)
          }}
        />
      )}
    </div>
  )
}
