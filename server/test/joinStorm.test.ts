import { DocLayout, MessageType } from '@referat/shared'
import * as decoding from 'lib0/decoding'
import { describe, expect, it, vi } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { connectClient, synced, type TestClient } from './support/connectClient'
import { createMeeting } from './support/createMeeting'
import { awarenessMessage, syncMessage } from './support/hostileMessages'
import { startServer } from './support/startServer'

const ITEMS = 300
const PARAGRAPHS_PER_ITEM = 8
const JOINERS = 100

function notes(client: TestClient): Y.Text {
  return client.doc.getText('notes')
}

/** Fills the body with `ITEMS` agenda items of long paragraphs, in one transaction. */
function writeLargeMeeting(client: TestClient): void {
  const sentence = 'Saken ble drøftet grundig, og sekretariatet følger opp med kommunene. '
  client.doc.transact(() => {
    const items = Array.from({ length: ITEMS }, (_, i) => {
      const item = new Y.XmlElement('agendaItem')
      item.setAttribute('id', `item-${i}`)
      const title = new Y.XmlElement('agendaTitle')
      title.insert(0, [new Y.XmlText(`Sak ${i + 1}: Orientering om prosjekt ${i}`)])
      const paragraphs = Array.from({ length: PARAGRAPHS_PER_ITEM }, (_, p) => {
        const paragraph = new Y.XmlElement('paragraph')
        paragraph.insert(0, [new Y.XmlText(`${p}. ${sentence.repeat(12)}`)])
        return paragraph
      })
      item.insert(0, [title, ...paragraphs])
      return item
    })
    client.doc.getXmlFragment(DocLayout.body).insert(0, items)
  })
}

/** What a raw joiner got: the sync step 2 answer to its empty state vector, and when. */
interface Joiner {
  ws: WebSocket
  step2: Uint8Array | null
  syncedAt: number
}

/** A bare client that opens the meeting as y-websocket does: sync step 1, then its presence. */
function join(url: string, index: number): Joiner {
  const joiner: Joiner = { ws: new WebSocket(url), step2: null, syncedAt: 0 }
  joiner.ws.on('open', () => {
    joiner.ws.send(syncMessage(0, new Uint8Array([0])))
    joiner.ws.send(
      awarenessMessage(10_000 + index, 1, JSON.stringify({ user: { name: `T${index}` } })),
    )
  })
  joiner.ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data))
    if (decoding.readVarUint(decoder) !== MessageType.Sync) return
    if (decoding.readVarUint(decoder) !== 1 || joiner.step2) return
    joiner.step2 = decoding.readVarUint8Array(decoder)
    joiner.syncedAt = performance.now()
  })
  return joiner
}

describe('joining storm', () => {
  it('lets 100 clients open a large meeting at once without stalling the editors', async () => {
    const t = await startServer({ maxConnectionsPerIp: 500 })
    const meeting = await createMeeting(t)
    const writer = connectClient(t.url, meeting.id, meeting.tokens.secretary)
    const reader = connectClient(t.url, meeting.id, meeting.tokens.moderator)
    await Promise.all([synced(writer), synced(reader)])
    writeLargeMeeting(writer)
    const items = writer.doc.getXmlFragment(DocLayout.body).length
    expect(items).toBeGreaterThanOrEqual(ITEMS)
    await vi.waitFor(() => expect(reader.doc.getXmlFragment(DocLayout.body).length).toBe(items), {
      timeout: 20_000,
    })
    const stateBytes = Y.encodeStateAsUpdate(writer.doc).byteLength

    // The writer types all along; the reader notes how long each keystroke took to arrive.
    const sentAt: number[] = []
    const latencies: number[] = []
    notes(reader).observe(() => {
      const now = performance.now()
      for (const match of notes(reader)
        .toString()
        .matchAll(/w(\d+);/g)) {
        const i = Number(match[1])
        if (latencies[i] === undefined) latencies[i] = now - (sentAt[i] as number)
      }
    })
    const typing = setInterval(() => {
      sentAt.push(performance.now())
      notes(writer).insert(notes(writer).length, `w${sentAt.length - 1};`)
    }, 50)
    await new Promise((resolve) => setTimeout(resolve, 500))

    const stormStart = performance.now()
    const typedBeforeStorm = sentAt.length
    const url = `${t.url.replace(/^http/, 'ws')}/collab/${meeting.id}?token=${meeting.tokens.viewer}`
    const joiners = Array.from({ length: JOINERS }, (_, i) => join(url, i))
    await vi.waitFor(() => expect(joiners.filter((j) => j.step2).length).toBe(JOINERS), {
      timeout: 60_000,
      interval: 50,
    })
    const stormMs = performance.now() - stormStart
    await new Promise((resolve) => setTimeout(resolve, 500))
    clearInterval(typing)
    await vi.waitFor(() =>
      expect(latencies.filter((l) => l !== undefined).length).toBe(sentAt.length),
    )

    const during = latencies.slice(typedBeforeStorm)
    const maxLatency = Math.max(...during)
    const sorted = [...during].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)] as number
    const lastSync = Math.max(...joiners.map((j) => j.syncedAt)) - stormStart
    console.log(
      `join storm: ${JOINERS} clients, meeting state ${(stateBytes / 2 ** 20).toFixed(1)} MiB; ` +
        `all synced after ${Math.round(lastSync)} ms; keystroke latency during the storm ` +
        `median ${Math.round(median)} ms, max ${Math.round(maxLatency)} ms (${during.length} keystrokes)`,
    )
    expect(stormMs).toBeLessThan(60_000)
    expect(maxLatency).toBeLessThan(5_000)

    // Every joiner got the whole meeting.
    for (const joiner of joiners) {
      const doc = new Y.Doc()
      Y.applyUpdate(doc, joiner.step2 as Uint8Array)
      expect(doc.getXmlFragment(DocLayout.body).length).toBe(items)
      doc.destroy()
      joiner.ws.terminate()
    }
    expect(writer.closeCodes).toEqual([])
    expect(reader.closeCodes).toEqual([])
  }, 120_000)
})
