import type { ConnectionState } from '../collab/ConnectionState'
import type { SaveState } from '../collab/SaveTracker'
import { useI18n } from '../i18n/useI18n'

interface SaveStatusProps {
  save: SaveState
  connection: ConnectionState
}

/**
 * "Alt er lagret" once the server has acknowledged storing every change; "Lagrer …" while
 * changes are on their way; while offline, that they are kept on this computer.
 */
export function SaveStatus({ save, connection }: SaveStatusProps) {
  const { t } = useI18n()
  const state = save === 'saved' ? 'saved' : connection === 'connected' ? 'saving' : 'local'
  const text = { saved: t.saveSaved, saving: t.saveSaving, local: t.saveLocal }[state]
  return (
    <span
      className="status status-save"
      data-state={state}
      data-testid="save-status"
      aria-live="polite"
    >
      {text}
    </span>
  )
}
