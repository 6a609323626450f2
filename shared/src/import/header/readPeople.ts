import { headerColumns, type HeaderColumns } from '../../model/attendees/headerColumns'
import { roleFromText } from '../../model/attendees/roleFromText'
import { inlinePlainText } from '../markdown/inline/inlinePlainText'
import { isEscaped } from '../markdown/isEscaped'
import type { MdListItem, MdTableRow } from '../markdown/MdBlock'
import type { SourceLine } from '../markdown/SourceLine'
import type { ParsedPerson, PeopleSection } from './ParsedPerson'
import { parsePerson } from './parsePerson'
import { splitUnescaped } from '../markdown/splitUnescaped'

const DEFAULT_COLUMNS: HeaderColumns = { name: 0, organisation: 1, role: 2 }
const NOBODY = /^(?:ingen|ingen meldt|ingen forfall|none|nobody|n\/a|[-–—])\.?$/iu
const MAX_WORDS_PER_NAME = 8
const PARTICLES = new Set([
  'von',
  'van',
  'de',
  'der',
  'den',
  'af',
  'av',
  'la',
  'le',
  'du',
  'da',
  'di',
  'bin',
])

/** People and the text of a table, list or line that held more than people. */
export interface ReadPeople {
  people: ParsedPerson[]
  /** Lines of what did not fit an attendee ("Ola Hansen – E-post: ola@example.no"). */
  rest: SourceLine[]
}

/** A person's name as minutes write it: a few capitalised words ("Anne Marte Kolbjørnhus"). */
function looksLikeName(name: string): boolean {
  const words = name.split(/\s+/)
  return (
    words.length <= MAX_WORDS_PER_NAME &&
    words.every((word) => /^\p{Lu}/u.test(word) || PARTICLES.has(word.toLowerCase()))
  )
}

/**
 * Raw text split at unescaped `separator`s outside parentheses, so that "Eli (møteleder, vara
 * for Ola), Dag" gives two parts.
 */
function splitOutsideParentheses(raw: string, separator: RegExp): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  const sticky = new RegExp(separator.source, `${separator.flags.replace('g', '')}y`)
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i]
    if ((char === '(' || char === ')') && !isEscaped(raw, i)) {
      depth = Math.max(0, depth + (char === '(' ? 1 : -1))
      continue
    }
    if (depth > 0 || isEscaped(raw, i)) continue
    sticky.lastIndex = i
    const match = sticky.exec(raw)
    if (!match || match[0] === '') continue
    parts.push(raw.slice(start, i))
    start = i + match[0].length
    i = start - 1
  }
  parts.push(raw.slice(start))
  return parts
}

/** Whether a table's first row names attendee columns (NAVN, KOMMUNE / REGION …). */
export function hasAttendeeHeader(rows: readonly MdTableRow[]): boolean {
  return (
    rows[0] !== undefined &&
    headerColumns(rows[0].cells.map((cell) => inlinePlainText(cell))) !== null
  )
}

/** The people of a table with a header row (NAVN, KOMMUNE / REGION …) or in the usual columns. */
export function peopleFromTable(rows: readonly MdTableRow[], section: PeopleSection): ReadPeople {
  const header = rows[0] ? headerColumns(rows[0].cells.map((cell) => inlinePlainText(cell))) : null
  const headerCells = header && rows[0] ? rows[0].cells.map((cell) => inlinePlainText(cell)) : []
  const columns = header ?? DEFAULT_COLUMNS
  const result: ReadPeople = { people: [], rest: [] }
  for (const row of header ? rows.slice(1) : rows) {
    const cell = (index: number) => (index >= 0 ? (row.cells[index] ?? '') : '')
    const person = parsePerson(cell(columns.name), cell(columns.organisation), section, row.line)
    const roleText = inlinePlainText(cell(columns.role))
    const role = roleFromText(roleText)
    if (person && role && person.role === section.role) person.role = role
    const extra = row.cells
      .map((raw, index) => ({ text: inlinePlainText(raw), index }))
      .filter(({ text, index }) => {
        if (!text || index === columns.name || index === columns.organisation) return false
        return index !== columns.role || role === null
      })
      .map(({ text, index }) => (headerCells[index] ? `${headerCells[index]}: ${text}` : text))
    if (person) result.people.push(person)
    if (extra.length > 0 || !person) {
      const who = person ? [person.name] : []
      const text = [...who, ...extra].join(' – ')
      if (text) result.rest.push({ text, line: row.line })
    }
  }
  return result
}

/** The people of a list, one per entry: "Name (notes), Organisation" or "Name\tOrganisation". */
export function peopleFromList(items: readonly MdListItem[], section: PeopleSection): ReadPeople {
  const result: ReadPeople = { people: [], rest: [] }
  for (const item of items) {
    const raw = item.lines
      .map((line) => line.text.trim())
      .filter(Boolean)
      .join(' ')
    const [name = '', ...organisation] = raw.includes('\t')
      ? raw.split('\t')
      : splitOutsideParentheses(raw, /,/)
    const person = parsePerson(name, organisation.join(','), section, item.line, true)
    if (person) result.people.push(person)
    else if (raw) result.rest.push({ text: raw, line: item.line })
  }
  return result
}

/**
 * The people of a line that lists them ("Øyvind Såtvedt, Mari Strømsvåg og Thelma Bay Bang",
 * "Hanne Løkka (Frogn kommune)"), or null when the line reads as a sentence rather than names
 * (a name is at most eight words, each capitalised but for particles such as "von" and "de").
 * "Ingen" (nobody) gives an empty list.
 */
export function peopleFromLine(
  raw: string,
  section: PeopleSection,
  line: number,
): ParsedPerson[] | null {
  const text = raw.trim()
  if (NOBODY.test(inlinePlainText(text))) return []
  // "Forfall: …", "Tid: …": a label, not a name.
  if (splitUnescaped(text, /:/).length > 1) return null
  const people: ParsedPerson[] = []
  const unpunctuated =
    text.endsWith('.') && !isEscaped(text, text.length - 1) ? text.slice(0, -1) : text
  const parts = splitOutsideParentheses(unpunctuated, /\s*[,;]\s*|\s+(?:og|and)\s+/i)
  for (const part of parts) {
    if (!part.trim()) continue
    const person = parsePerson(part, '', section, line, true)
    if (!person || !looksLikeName(person.name)) return nameAndOrganisation(text, section, line)
    people.push(person)
  }
  return people.length > 0 ? people : null
}

/** "Ola Hansen, Asker kommune": one person and their organisation, or null. */
function nameAndOrganisation(
  raw: string,
  section: PeopleSection,
  line: number,
): ParsedPerson[] | null {
  const [name = '', ...organisation] = splitOutsideParentheses(raw, /,/)
  if (organisation.length === 0) return null
  const person = parsePerson(name, organisation.join(','), section, line)
  return person && looksLikeName(person.name) ? [person] : null
}
