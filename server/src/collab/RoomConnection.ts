import type { CloseCode, Role } from '@referat/shared'

/** What a room needs of one client connection. */
export interface RoomConnection {
  readonly id: number
  readonly role: Role
  /** The link generation of the connection's token; null for the organizer (never revoked). */
  readonly linkGeneration: number | null
  /** The client asked for `Saved` acknowledgements (`ack=1`). */
  readonly wantsAck: boolean
  /** The name of a personal link: the connection appears under it, whatever it claims. */
  readonly personalName: string | null
  /** The name the client shows in its awareness state (its role always comes from the token). */
  displayName: string
  send(message: Uint8Array): void
  close(code: CloseCode, detail?: string): void
}
