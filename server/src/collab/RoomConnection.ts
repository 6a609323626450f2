import type { CloseCode, Role } from '@referat/shared'

/** What a room needs of one client connection. */
export interface RoomConnection {
  readonly id: number
  readonly role: Role
  /** The client asked for `Saved` acknowledgements (`ack=1`). */
  readonly wantsAck: boolean
  /** The name the client shows in its awareness state (its role always comes from the token). */
  displayName: string
  send(message: Uint8Array): void
  close(code: CloseCode, detail?: string): void
}
