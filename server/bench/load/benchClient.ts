import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

/** How a client talks to its server: y-websocket's protocol (Referat, y-websocket) or Hocuspocus'. */
export type ClientProtocol = 'y-websocket' | 'hocuspocus'

/** A real client of one room: y-websocket's `WebsocketProvider` or a `HocuspocusProvider`. */
export interface BenchClient {
  doc: Y.Doc
  /** Resolves when the provider first reports that it is synced with the server. */
  synced: Promise<void>
  /** Resolves once the server has acknowledged every local change (Hocuspocus); at once else. */
  settled(): Promise<void>
  destroy(): void
}

/** Connects a client to `room` at `wsUrl` (Referat: `ws://…/collab`), with `token` if not empty. */
export function connectBenchClient(
  protocol: ClientProtocol,
  wsUrl: string,
  room: string,
  token: string,
): BenchClient {
  const doc = new Y.Doc()
  if (protocol === 'y-websocket') {
    const provider = new WebsocketProvider(wsUrl, room, doc, {
      params: token ? { token } : {},
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    })
    const synced = new Promise<void>((resolve) => {
      const onSync = (isSynced: boolean) => {
        if (!isSynced) return
        provider.off('sync', onSync)
        resolve()
      }
      provider.on('sync', onSync)
    })
    return {
      doc,
      synced,
      settled: () => Promise.resolve(),
      destroy() {
        provider.destroy()
        doc.destroy()
      },
    }
  }
  const socket = new HocuspocusProviderWebsocket({ url: wsUrl, WebSocketPolyfill: WebSocket })
  let onSynced = () => {}
  const synced = new Promise<void>((resolve) => (onSynced = resolve))
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    document: doc,
    token: token || null,
    onSynced: ({ state }) => {
      if (state) onSynced()
    },
  })
  provider.attach()
  return {
    doc,
    synced,
    settled: () =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (provider.unsyncedChanges > 0) return
          provider.off('unsyncedChanges', check)
          resolve()
        }
        provider.on('unsyncedChanges', check)
        check()
      }),
    destroy() {
      provider.destroy()
      socket.destroy()
      doc.destroy()
    },
  }
}
