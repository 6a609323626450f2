import { DocLayout } from '@referat/shared'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

/** The fifth block of a `bigMeeting` agenda item: a plain paragraph of one sentence. */
const PARAGRAPH_INDEX = 4

/**
 * Another person editing the meeting from Node: a real y-websocket client (no BroadcastChannel)
 * that types into an agenda item's paragraph and shows its caret there, as the browser's
 * CollaborationCaret would.
 */
export class RemoteEditor {
  readonly doc = new Y.Doc()
  readonly provider: WebsocketProvider
  private timer: NodeJS.Timeout | undefined
  /** Characters this editor has typed so far. */
  typed = 0

  constructor(serverUrl: string, meetingId: string, token: string, name: string, color: string) {
    this.provider = new WebsocketProvider(
      `${serverUrl.replace(/^http/, 'ws')}/collab`,
      meetingId,
      this.doc,
      {
        params: { token },
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
      },
    )
    this.provider.awareness.setLocalStateField('user', { name, color, role: 'secretary' })
  }

  /** Resolves once the client has the server's copy of the meeting. */
  synced(timeoutMs = 30_000): Promise<void> {
    if (this.provider.synced) return Promise.resolve()
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('remote editor did not sync')), timeoutMs)
      const onSync = (isSynced: boolean) => {
        if (!isSynced) return
        clearTimeout(timer)
        this.provider.off('sync', onSync)
        resolve()
      }
      this.provider.on('sync', onSync)
    })
  }

  /** The top-level agenda items of the body. */
  agendaItems(): Y.XmlElement[] {
    return this.doc
      .getXmlFragment(DocLayout.body)
      .toArray()
      .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement)
      .filter((node) => node.nodeName === 'agendaItem')
  }

  /** The text of the paragraph this editor types into, in agenda item `item` (0-based). */
  paragraphText(item: number): Y.XmlText {
    const paragraph = this.agendaItems()[item]?.get(PARAGRAPH_INDEX)
    const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : undefined
    if (!(text instanceof Y.XmlText)) throw new Error(`agenda item ${item} has no paragraph text`)
    return text
  }

  /**
   * Types `text` at the end of the paragraph of agenda item `item`, `charsPerSecond` characters a
   * second, one transaction per character, moving its caret along; starts over at the end.
   */
  startTyping(item: number, text: string, charsPerSecond: number): void {
    const target = this.paragraphText(item)
    let next = 0
    this.timer = setInterval(() => {
      const char = text[next % text.length] as string
      next++
      this.doc.transact(() => target.insert(target.length, char))
      this.typed++
      const caret = Y.relativePositionToJSON(
        Y.createRelativePositionFromTypeIndex(target, target.length),
      )
      this.provider.awareness.setLocalStateField('cursor', { anchor: caret, head: caret })
    }, 1000 / charsPerSecond)
  }

  stopTyping(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  destroy(): void {
    this.stopTyping()
    this.provider.destroy()
    this.doc.destroy()
  }
}
