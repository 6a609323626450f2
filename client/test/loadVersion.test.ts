import { initMeetingDoc, meetingMeta, writeMeta } from '@referat/shared'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { loadVersion } from '../src/collab/loadVersion'

describe('loadVersion', () => {
  it('reads the header and body of a version from its Yjs update', () => {
    const doc = new Y.Doc()
    const meta = meetingMeta.parse({ title: 'Faggruppe næring', date: '2026-03-16' })
    initMeetingDoc(doc, meta, ['Godkjenning av innkalling', 'Eventuelt'])
    writeMeta(doc, { status: 'final', version: 2 })
    const version = loadVersion(Y.encodeStateAsUpdate(doc))
    expect(version.meta).toMatchObject({ title: 'Faggruppe næring', status: 'final', version: 2 })
    expect(version.content.type).toBe('doc')
    expect(JSON.stringify(version.content)).toContain('Godkjenning av innkalling')
    expect(version.content.content?.map((node) => node.type)).toEqual(['agendaItem', 'agendaItem'])
  })
})
