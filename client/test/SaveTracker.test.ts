import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import { messageSync } from 'y-websocket'
import * as Y from 'yjs'
import { MessageType } from '@referat/shared'
import { SaveTracker } from '../src/collab/SaveTracker'
import { offlineProvider } from './support/offlineProvider'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

/** A real provider that never connects; the test plays the server by feeding it messages. */
function setup() {
  const doc = new Y.Doc()
  const { provider, receive } = offlineProvider(doc)
  const tracker = new SaveTracker(doc, provider)
  cleanups.push(() => {
    tracker.destroy()
    provider.destroy()
    doc.destroy()
  })
  const serverSaved = (server: Y.Doc) =>
    receive((encoder) => {
      encoding.writeVarUint(encoder, MessageType.Saved)
      encoding.writeVarUint8Array(encoder, Y.encodeStateVector(server))
    })
  const serverSyncStep1 = (server: Y.Doc) =>
    receive((encoder) => {
      encoding.writeVarUint(encoder, messageSync)
      syncProtocol.writeSyncStep1(encoder, server)
    })
  return { doc, provider, tracker, serverSaved, serverSyncStep1 }
}

const type = (doc: Y.Doc, text: string) => doc.getText('t').insert(0, text)

describe('SaveTracker', () => {
  it('says saved for a document without own changes', () => {
    const { tracker } = setup()
    expect(tracker.state.get()).toBe('saved')
  })

  it('says pending after a local change, and saved once the server acknowledges it', () => {
    const { doc, tracker, serverSaved } = setup()
    type(doc, 'Innkallingen ble godkjent')
    expect(tracker.state.get()).toBe('pending')

    const server = new Y.Doc()
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc))
    serverSaved(server)
    expect(tracker.state.get()).toBe('saved')
  })

  it('stays pending when the acknowledgement does not cover the latest change', () => {
    const { doc, tracker, serverSaved } = setup()
    type(doc, 'a')
    const server = new Y.Doc()
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc))
    type(doc, 'b')
    serverSaved(server)
    expect(tracker.state.get()).toBe('pending')
  })

  it('counts changes kept from an earlier session (another client id) until the server has them', () => {
    const { doc, tracker, serverSyncStep1, serverSaved } = setup()
    const earlierSession = new Y.Doc()
    type(earlierSession, 'skrevet uten nett')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(earlierSession), 'indexeddb')
    expect(tracker.state.get()).toBe('pending')

    const server = new Y.Doc()
    serverSyncStep1(server)
    expect(tracker.state.get()).toBe('pending')

    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc))
    serverSaved(server)
    expect(tracker.state.get()).toBe('saved')
  })

  it('learns from the sync step 1 of a server that already has everything', () => {
    const { doc, tracker, serverSyncStep1 } = setup()
    type(doc, 'x')
    const server = new Y.Doc()
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc))
    serverSyncStep1(server)
    expect(tracker.state.get()).toBe('saved')
  })

  it('does not count changes relayed by the server as unsaved', () => {
    const { doc, provider, tracker } = setup()
    const other = new Y.Doc()
    type(other, 'fra en annen sekretær')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), provider)
    expect(tracker.state.get()).toBe('saved')
  })

  it('still lets the provider handle sync messages', () => {
    const { doc, serverSyncStep1 } = setup()
    const server = new Y.Doc()
    type(server, 'x')
    serverSyncStep1(server)
    expect(doc.getText('t').toString()).toBe('')
  })
})
