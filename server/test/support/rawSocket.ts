import { onTestFinished } from 'vitest'
import { WebSocket } from 'ws'

export interface RawSocket {
  ws: WebSocket
  opened: Promise<void>
  /** Resolves with the close code and reason. */
  closed: Promise<{ code: number; reason: string }>
  messages: Uint8Array[]
}

/** A bare WebSocket to the collaboration endpoint, for sending hand-made bytes. */
export function rawSocket(url: string, path: string): RawSocket {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}${path}`)
  const messages: Uint8Array[] = []
  ws.on('message', (data: Buffer) => messages.push(new Uint8Array(data)))
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }))
  })
  onTestFinished(() => ws.terminate())
  return { ws, opened, closed, messages }
}
