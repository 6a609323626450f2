import { DocLayout, readMeta, writeMeta } from '@referat/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { endMeeting } from '../src/live/endMeeting'
import { readItemTimes } from '../src/live/readItemTimes'
import { setCurrentItem } from '../src/live/setCurrentItem'
import { spentMs } from '../src/live/spentMs'
import { startMeeting } from '../src/live/startMeeting'

const at = (minutes: number) => new Date(Date.UTC(2026, 2, 16, 9, minutes))
const times = (doc: Y.Doc) => readItemTimes(doc.getMap(DocLayout.itemTimes))

describe('time per agenda item', () => {
  it('adds the time an item was current to its total when another becomes current', () => {
    const doc = new Y.Doc()
    setCurrentItem(doc, 'a', at(0))
    setCurrentItem(doc, 'b', at(12))
    setCurrentItem(doc, 'a', at(20))
    setCurrentItem(doc, 'c', at(23))
    expect(times(doc)).toEqual({ a: 15 * 60_000, b: 8 * 60_000 })
    expect(readMeta(doc)).toMatchObject({
      currentItemId: 'c',
      currentItemSince: at(23).toISOString(),
    })
  })

  it('changes everything in one transaction, so others never see half of it', () => {
    const doc = new Y.Doc()
    setCurrentItem(doc, 'a', at(0))
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    setCurrentItem(doc, 'b', at(5))
    expect(transactions).toBe(1)
  })

  it('does nothing when the item is already current', () => {
    const doc = new Y.Doc()
    setCurrentItem(doc, 'a', at(0))
    setCurrentItem(doc, 'a', at(9))
    expect(times(doc)).toEqual({})
    expect(readMeta(doc).currentItemSince).toBe(at(0).toISOString())
  })

  it('ignores a missing or broken start time', () => {
    const doc = new Y.Doc()
    writeMeta(doc, { currentItemId: 'a', currentItemSince: 'not a time' })
    setCurrentItem(doc, 'b', at(5))
    expect(times(doc)).toEqual({})
  })

  it('counts the running time of the current item only', () => {
    const live = {
      status: 'live' as const,
      currentItemId: 'a',
      currentItemSince: at(10).toISOString(),
      itemTimes: { a: 60_000, b: 120_000 },
      canModerate: false,
    }
    expect(spentMs(live, 'a', at(13).getTime())).toBe(4 * 60_000)
    expect(spentMs(live, 'b', at(13).getTime())).toBe(2 * 60_000)
    expect(spentMs(live, 'c', at(13).getTime())).toBe(0)
  })
})

describe('starting and ending the meeting', () => {
  it('starts the meeting with the first item current', () => {
    const doc = new Y.Doc()
    startMeeting(doc, 'first', at(0))
    expect(readMeta(doc)).toMatchObject({ status: 'live', currentItemId: 'first' })
  })

  it('keeps an item that is already current when starting', () => {
    const doc = new Y.Doc()
    writeMeta(doc, { currentItemId: 'b', currentItemSince: at(0).toISOString() })
    startMeeting(doc, 'first', at(1))
    expect(readMeta(doc).currentItemId).toBe('b')
  })

  it('ends the meeting as a draft, recording the current item and clearing it', () => {
    const doc = new Y.Doc()
    startMeeting(doc, 'a', at(0))
    endMeeting(doc, at(7))
    expect(readMeta(doc)).toMatchObject({
      status: 'draft',
      currentItemId: null,
      currentItemSince: null,
    })
    expect(times(doc)).toEqual({ a: 7 * 60_000 })
  })
})
