import type { ConnectionState } from '../collab/ConnectionState'
import { useI18n } from '../i18n/useI18n'

/** "Tilkoblet", "Kobler til igjen …" or "Frakoblet (endringer lagres lokalt)". */
export function ConnectionStatus({ state }: { state: ConnectionState }) {
  const { t } = useI18n()
  const text: Record<ConnectionState, string> = {
    connecting: t.connConnecting,
    connected: t.connConnected,
    reconnecting: t.connReconnecting,
    offline: t.connOffline,
  }
  return (
    <span
      className="status status-connection"
      data-state={state}
      data-testid="connection-status"
      aria-live="polite"
    >
      <span className="status-dot" aria-hidden="true" />
      {text[state]}
    </span>
  )
}
