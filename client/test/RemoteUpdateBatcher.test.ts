import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import { messageSync } from 'y-websocket'
import * as Y from 'yjs'
import { RemoteUpdateBatcher } from '../src/collab/RemoteUpdateBatcher'
import { offlineProvider } from './support/offlineProvider'

const cleanups: (() => void)[] = []
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()))

/** A real provider that never connects, with the batcher; the test plays the server. */
function setup() {
  const doc = new Y.Doc()
  const { provider, receive: receiveMessage } = offlineProvider(doc)
  const batcher = new RemoteUpdateBatcher(doc, provider)
  cleanups.push(() => {
    batcher.destroy()
    provider.destroy()
    doc.destroy()
  })
  const transactions: string[] = []
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.origin === provider) transactions.push(doc.getText('t').toString())
  })
  /** A sync message: its type is written before `write`'s part. */
  const receive = (write: (encoder: encoding.Encoder) => void) =>
    receiveMessage((encoder) => {
      encoding.writeVarUint(encoder, messageSync)
      write(encoder)
    })
  const update = (server: Y.Doc, change: () => void) => {
    const before = Y.encodeStateVector(server)
    change()
    const bytes = Y.encodeStateAsUpdate(server, before)
    return receive((encoder) => syncProtocol.writeUpdate(encoder, bytes))
  }
  return { doc, provider, batcher, transactions, receive, update }
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('RemoteUpdateBatcher', () => {
  it('applies the updates that arrive together in one transaction, in order', async () => {
    const { doc, transactions, update } = setup()
    const server = new Y.Doc()
    const text = server.getText('t')
    for (const letter of 'abcde') update(server, () => text.insert(text.length, letter))
    expect(doc.getText('t').toString()).toBe('')
    await wait(50)
    expect(doc.getText('t').toString()).toBe('abcde')
    expect(transactions).toEqual(['abcde'])

    update(server, () => text.insert(0, '>'))
    await wait(50)
    expect(transactions).toEqual(['abcde', '>abcde'])
  })

  it('applies what waits before a sync step, which it answers at once', () => {
    const { doc, transactions, receive, update } = setup()
    const server = new Y.Doc()
    update(server, () => server.getText('t').insert(0, 'før'))
    const replyLength = receive((encoder) => syncProtocol.writeSyncStep1(encoder, server))
    expect(doc.getText('t').toString()).toBe('før')
    expect(transactions).toEqual(['før'])
    expect(replyLength).toBeGreaterThan(1)
  })

  it('keeps applying the rest when one update is broken', async () => {
    const { doc, receive, update } = setup()
    const server = new Y.Doc()
    update(server, () => server.getText('t').insert(0, 'a'))
    receive((encoder) => syncProtocol.writeUpdate(encoder, new Uint8Array([1, 2, 3])))
    update(server, () => server.getText('t').insert(1, 'b'))
    const errors: unknown[] = []
    const original = console.error
    console.error = (...args: unknown[]) => errors.push(args)
    try {
      await wait(50)
    } finally {
      console.error = original
    }
    expect(doc.getText('t').toString()).toBe('ab')
    expect(errors).toHaveLength(1)
  })
})
