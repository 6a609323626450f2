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
  /** No meeting with that id. */
  NotFound: { code: 4404, reason: 'Meeting not found' },
  /** Storage failed; the client should reconnect later. */
  InternalError: { code: 1011, reason: 'Internal error' },
  /** The message is larger than the server accepts. */
  MessageTooBig: { code: 1009, reason: 'Message too big' },
  /** The server is shutting down or restarting; reconnect. */
  ServiceRestart: { code: 1012, reason: 'Service restart' },
} as const satisfies Record<string, CloseCode>

export type CloseCodeName = keyof typeof CloseCodes
