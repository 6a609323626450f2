import { onTestFinished } from 'vitest'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export interface TestClient {
  doc: Y.Doc
  provider: WebsocketProvider
  /** Close codes the provider's socket was closed with, in order. */
  closeCodes: number[]
  destroy(): void
}

/**
 * A real y-websocket client (`WebsocketProvider` over `ws`) of a meeting. BroadcastChannel is
 * off, so everything it gets has come through the server.
 */
export function connectClient(
  url: string,
  meetingId: string,
  token: string,
  params: Record<string, string> = {},
): TestClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/collab`, meetingId, doc, {
    params: { token, ...params },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  })
  const closeCodes: number[] = []
  provider.on('connection-close', (event) => {
    if (event) closeCodes.push(event.code)
  })
  const client = {
    doc,
    provider,
    closeCodes,
    destroy() {
      provider.destroy()
      doc.destroy()
    },
  }
  onTestFinished(() => client.destroy())
  return client
}

/** Resolves once the client has synced with the server. */
export function synced(client: TestClient): Promise<void> {
  if (client.provider.synced) return Promise.resolve()
  return new Promise((resolve) => {
    const onSync = (isSynced: boolean) => {
      if (!isSynced) return
      client.provider.off('sync', onSync)
      resolve()
    }
    client.provider.on('sync', onSync)
  })
}
