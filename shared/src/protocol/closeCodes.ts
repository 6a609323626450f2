/** A WebSocket close code with the reason sent beside it. */
export interface CloseCode {
  readonly code: number
  readonly reason: string
}

/** Every close code the collaboration server uses. Never send a bare number. */
export const CloseCodes = {
  /** The message could not be decoded (malformed, truncated, unknown type). */
  BadMessage: { code: 4400, reason: 'Malformed message' },
  /** Missing, forged, tampered or expired token, or a token of another meeting. */
  Unauthorized: { code: 4401, reason: 'Unauthorized' },
  /** The token is valid but its role may not do what was asked. */
  Forbidden: { code: 4403, reason: 'Forbidden' },
  /**
   * An update broke a rule of the meeting (e.g. a non-moderator changed a decided decision, or
   * the meeting is final). It was not applied, stored or relayed. The client must drop its local
   * copy of the meeting and load it again from the server.
   */
  Rejected: { code: 4409, reason: 'Update rejected' },
  /**
   * The client's copy of the meeting belongs to an earlier state of it (the stored meeting was
   * restored from a backup or otherwise replaced since). The client must drop its local copy,
   * without sending it, and load the meeting again.
   */
  Replaced: { code: 4410, reason: 'Meeting replaced on the server' },
  /** No meeting with that id. */
  NotFound: { code: 4404, reason: 'Meeting not found' },
  /** Storage failed; the client should reconnect later. */
  InternalError: { code: 1011, reason: 'Internal error' },
  /** The message is larger than the server accepts. */
  MessageTooBig: { code: 1009, reason: 'Message too big' },
  /** The server is shutting down or restarting; reconnect. */
  ServiceRestart: { code: 1012, reason: 'Service restart' },
  /**
   * The connection sent more updates or awareness messages per second than the server allows
   * (a runaway client). Transient: reconnect after a back-off; the sync on reconnecting sends
   * whatever the server has not stored, so nothing is lost.
   */
  TooManyMessages: { code: 4429, reason: 'Too many messages' },
  /**
   * The meeting has as many connections as the server allows. Transient: keep the local copy and
   * reconnect after a back-off; a place frees up when someone leaves.
   */
  MeetingFull: { code: 1013, reason: 'Try again later: meeting is full' },
  /**
   * Too many connections from this network address. Transient: reconnect after a back-off.
   */
  TooManyConnections: { code: 1013, reason: 'Try again later: too many connections' },
  /**
   * An update would have taken the meeting's document over the size the server allows. It was
   * not applied, stored or relayed. Like `Rejected`, the client must drop its local copy (which
   * holds the refused update) and load the meeting again, telling the user why.
   */
  MeetingTooLarge: { code: 4413, reason: 'Meeting too large' },
} as const satisfies Record<string, CloseCode>

export type CloseCodeName = keyof typeof CloseCodes
