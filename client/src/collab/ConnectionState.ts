/**
 * `connecting`: never connected yet; `connected`: live; `reconnecting`: lost the connection and
 * retrying; `offline`: the browser is offline or retries keep failing (changes stay local).
 */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline'
