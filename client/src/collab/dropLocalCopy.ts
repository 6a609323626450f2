import type { MeetingConnection } from './MeetingConnection'

/** Another tab holding the same database open blocks deleting it; do not wait for that forever. */
const CLEAR_TIMEOUT_MS = 3000

/**
 * Deletes the meeting's copy in IndexedDB (it holds changes the server rejected) and closes
 * the connection. The caller then opens a fresh one, which loads the meeting from the server.
 */
export async function dropLocalCopy(connection: MeetingConnection): Promise<void> {
  connection.provider.disconnect()
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, CLEAR_TIMEOUT_MS)
  })
  try {
    await Promise.race([connection.persistence.clearData(), timeout])
  } catch (error) {
    console.warn('Could not delete the local copy of the meeting', error)
  } finally {
    clearTimeout(timer)
  }
  connection.destroy()
}
