import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addAttendees,
  DocLayout,
  findDuplicates,
  mergeAttendees,
  parseAttendeeTable,
  readAttendees,
  removeAttendee,
  updateAttendee,
} from '../src/model'

/** The attendee table of `example-referat.md`, as copied from Word (tab-separated). */
const EXAMPLE_TABLE = [
  'NAVN\tKOMMUNE / REGION',
  'Eli Arnkværn Bryhni (møteleder)\tHamarregionen utvikling',
  'Dag Aanensen\tDrammen kommune',
  'Maria Hermansdatter Hoff\tLillestrøm kommune',
  'Hanne Løkka\tFrogn kommune',
  'Jonas Olafsen\tLillestrøm kommune',
  'Jannicke Mykkestue\tKlosser Innovasjon',
  'Målfrid Toneiet\tRollag kommune',
  'Anne Kristine Feltman\tBærum kommune',
  'Yngvar Trandem\tMosseregionen utvikling',
  'Anne Solheim\tOslo kommune',
  'Terje Pettersen\tMosseregionen/Moss kommune',
  'Asbjørn Flo\tAsker kommune',
  'Torstein Brandrud\tLunner kommune',
  'Trine Knobel\tGardemoregionen',
  'Helge Hasvold Bollæren\tSøndre Viken regionråd',
  'Lina Maria Linge\tRingerike kommune',
  'Gina Finsrud\tHalden kommune',
  'Håkon Gjems\tGrue kommune',
  'Unni Larsen\tBærum kommune',
  'Anne Marte Kolbjørnhus\tGjøvikregionen',
  'Asbjørn Flo\tAsker',
].join('\n')

describe('parseAttendeeTable', () => {
  it('reads the example referat: 21 rows, header skipped, the moderator marked', () => {
    const rows = parseAttendeeTable(EXAMPLE_TABLE)
    expect(rows).toHaveLength(21)
    expect(rows[0]).toEqual({
      name: 'Eli Arnkværn Bryhni',
      organisation: 'Hamarregionen utvikling',
      role: 'moderator',
    })
    expect(rows.filter((row) => row.role === 'moderator')).toHaveLength(1)
    expect(rows[10]).toEqual({
      name: 'Terje Pettersen',
      organisation: 'Mosseregionen/Moss kommune',
      role: 'member',
    })
    expect(rows.some((row) => /navn/i.test(row.name))).toBe(false)
  })

  it('reads a Markdown pipe table with its alignment row', () => {
    const text = [
      '| Navn | Organisasjon | Rolle |',
      '|------|:------------:|-------|',
      '| Anne Solheim | Oslo kommune | |',
      '|  Øyvind   Såtvedt | Osloregionen | Sekretariat |',
    ].join('\n')
    expect(parseAttendeeTable(text)).toEqual([
      { name: 'Anne Solheim', organisation: 'Oslo kommune', role: 'member' },
      { name: 'Øyvind Såtvedt', organisation: 'Osloregionen', role: 'secretariat' },
    ])
  })

  it('reads semicolon-separated rows without a header, blank lines and name-only rows', () => {
    const text =
      '\r\nDag Aanensen;Drammen kommune\r\n\r\n  Hanne Løkka (moderator) ; Frogn \r\nGina Finsrud\n'
    expect(parseAttendeeTable(text)).toEqual([
      { name: 'Dag Aanensen', organisation: 'Drammen kommune', role: 'member' },
      { name: 'Hanne Løkka', organisation: 'Frogn', role: 'moderator' },
      { name: 'Gina Finsrud', organisation: '', role: 'member' },
    ])
  })

  it('finds the columns from an English header in another order', () => {
    const text = 'Organisation\tName\nAsker kommune\tAsbjørn Flo (møteleder)'
    expect(parseAttendeeTable(text)).toEqual([
      { name: 'Asbjørn Flo', organisation: 'Asker kommune', role: 'moderator' },
    ])
  })

  it('reads a nynorsk header row and role marks', () => {
    const text =
      'Namn\tVerksemd\nAsbjørn Flo (møteleiar)\tAsker kommune\nLise Lie (skrivar)\tOsloregionen'
    expect(parseAttendeeTable(text)).toEqual([
      { name: 'Asbjørn Flo', organisation: 'Asker kommune', role: 'moderator' },
      { name: 'Lise Lie', organisation: 'Osloregionen', role: 'secretariat' },
    ])
  })

  it('keeps a bracketed part of a name that is not a role', () => {
    expect(parseAttendeeTable('Kari Nordmann (KrF)\tOslo')[0]?.name).toBe('Kari Nordmann (KrF)')
  })

  it('gives nothing for empty input', () => {
    expect(parseAttendeeTable('  \n\n')).toEqual([])
  })
})

describe('findDuplicates', () => {
  it('finds the one person listed twice in the example referat', () => {
    const doc = new Y.Doc()
    addAttendees(doc, parseAttendeeTable(EXAMPLE_TABLE))
    const people = readAttendees(doc)
    const groups = findDuplicates(people)
    expect(groups).toHaveLength(1)
    expect(groups[0]?.map((id) => people.find((p) => p.id === id)?.organisation)).toEqual([
      'Asker kommune',
      'Asker',
    ])
  })

  it('ignores case, whitespace and diacritics, and never matches empty names', () => {
    const people = [
      { id: 'a', name: 'Asbjørn Flo' },
      { id: 'b', name: '  asbjorn   FLO ' },
      { id: 'c', name: 'Hakon Gjems' },
      { id: 'd', name: 'Håkon Gjems' },
      { id: 'e', name: '' },
      { id: 'f', name: ' ' },
      { id: 'g', name: 'Anne Solheim' },
    ]
    expect(findDuplicates(people)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ])
  })
})

describe('attendee list in the Y.Doc', () => {
  it('adds people in one transaction with new ids and defaults', () => {
    const doc = new Y.Doc()
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    const ids = addAttendees(doc, [{ name: 'Anne Solheim', presence: 'present' }, { name: 'Dag' }])
    expect(transactions).toBe(1)
    expect(new Set(ids).size).toBe(2)
    expect(readAttendees(doc)).toEqual([
      expect.objectContaining({
        id: ids[0],
        name: 'Anne Solheim',
        presence: 'present',
        role: 'member',
      }),
      expect.objectContaining({ id: ids[1], name: 'Dag', presence: 'unknown', conflicts: [] }),
    ])
  })

  it('updates and removes by id, ignoring invalid values', () => {
    const doc = new Y.Doc()
    const [anne = '', dag = ''] = addAttendees(doc, [{ name: 'Anne' }, { name: 'Dag' }])
    expect(updateAttendee(doc, anne, { presence: 'absent', conflicts: ['item1'] })).toBe(true)
    expect(updateAttendee(doc, anne, { role: 'boss' as never, organisation: 'Oslo kommune' })).toBe(
      true,
    )
    expect(updateAttendee(doc, 'nobody', { name: 'X' })).toBe(false)
    expect(readAttendees(doc)[0]).toMatchObject({
      presence: 'absent',
      role: 'member',
      organisation: 'Oslo kommune',
      conflicts: ['item1'],
    })
    expect(removeAttendee(doc, dag)).toBe(true)
    expect(removeAttendee(doc, dag)).toBe(false)
    expect(readAttendees(doc).map((p) => p.name)).toEqual(['Anne'])
  })

  it('repairs malformed fields and skips entries without a usable id', () => {
    const doc = new Y.Doc()
    const array = doc.getArray<unknown>(DocLayout.attendees)
    const broken = new Y.Map<unknown>()
    broken.set('id', 'p1')
    broken.set('name', 42)
    broken.set('presence', 'asleep')
    broken.set('organisation', 'Bærum kommune')
    const noId = new Y.Map<unknown>()
    noId.set('name', 'Ghost')
    const sameId = new Y.Map<unknown>()
    sameId.set('id', 'p1')
    sameId.set('name', 'Copy')
    array.push([broken, 'not a map', noId, sameId, { id: 'p2', name: 'Plain' }])
    expect(readAttendees(doc)).toEqual([
      {
        id: 'p1',
        name: '',
        organisation: 'Bærum kommune',
        role: 'member',
        presence: 'unknown',
        substituteFor: '',
        arrivedAt: '',
        leftAt: '',
        conflicts: [],
      },
    ])
  })

  it('merges duplicates: fills empty fields, unites conflicts, repoints substitutes', () => {
    const doc = new Y.Doc()
    const [keep = '', drop = '', vara = ''] = addAttendees(doc, [
      { name: 'Asbjørn Flo', presence: 'unknown', conflicts: ['a'] },
      { name: 'Asbjorn Flo', organisation: 'Asker', presence: 'present', conflicts: ['b', 'a'] },
      { name: 'Kari Vara', presence: 'substitute' },
    ])
    updateAttendee(doc, vara, { substituteFor: drop })
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    expect(mergeAttendees(doc, keep, [drop])).toBe(true)
    expect(transactions).toBe(1)
    const people = readAttendees(doc)
    expect(people).toHaveLength(2)
    expect(people[0]).toMatchObject({
      id: keep,
      name: 'Asbjørn Flo',
      organisation: 'Asker',
      presence: 'present',
      conflicts: ['a', 'b'],
    })
    expect(people[1]?.substituteFor).toBe(keep)
    expect(mergeAttendees(doc, 'nobody', [keep])).toBe(false)
  })

  it('converges when two replicas edit the list', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    a.on('update', (update: Uint8Array) => Y.applyUpdate(b, update))
    b.on('update', (update: Uint8Array) => Y.applyUpdate(a, update))
    const [id = ''] = addAttendees(a, [{ name: 'Anne' }])
    updateAttendee(b, id, { presence: 'present' })
    expect(readAttendees(a)[0]?.presence).toBe('present')
  })
})
