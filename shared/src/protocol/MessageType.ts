/**
 * First varUint of every WebSocket message (see PROTOCOL.md). 0–3 are y-websocket's;
 * `Saved` is Referat's own and only sent to connections that asked for it with `ack=1`.
 */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  Saved: 100,
} as const
