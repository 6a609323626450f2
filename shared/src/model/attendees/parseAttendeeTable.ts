import type { AttendeeRole } from '../attendee'
import type { ParsedAttendee } from './ParsedAttendee'
import { headerColumns, type HeaderColumns } from './headerColumns'
import { roleFromText } from './roleFromText'
import { splitTableRow } from './splitTableRow'

/** A Markdown table's alignment row: `|---|:--:|`. */
const SEPARATOR_ROW = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/
/** "(møteleder)" and the like after a name. */
const NAME_MARKER = /\s*[([]\s*([\p{L}-]+)\s*[)\]]\s*$/u
const DEFAULT_COLUMNS: HeaderColumns = { name: 0, organisation: 1, role: 2 }

/**
 * The people of an attendee table pasted from Word, Excel or an e-mail: tab-, pipe- or
 * semicolon-separated, Markdown tables included. A header row (NAVN, KOMMUNE / REGION, …) is
 * recognised, skipped and used to find the columns; otherwise the columns are name,
 * organisation, role. A role marker after the name ("(møteleder)") sets the role and is removed.
 * Blank lines and rows without a name are ignored.
 */
export function parseAttendeeTable(text: string): ParsedAttendee[] {
  const rows = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\u00a0/g, ' '))
    .filter((line) => line.trim() !== '' && !SEPARATOR_ROW.test(line.trim()))
    .map(splitTableRow)
  const header = rows[0] ? headerColumns(rows[0]) : null
  const columns = header ?? DEFAULT_COLUMNS
  const people: ParsedAttendee[] = []
  for (const cells of header ? rows.slice(1) : rows) {
    let name = cells[columns.name] ?? ''
    let role: AttendeeRole = roleFromText(cells[columns.role] ?? '') ?? 'member'
    const marker = NAME_MARKER.exec(name)
    const markerRole = marker?.[1] ? roleFromText(marker[1]) : null
    if (marker && markerRole) {
      name = name.slice(0, marker.index).trim()
      role = markerRole
    }
    if (!name) continue
    const organisation = columns.organisation >= 0 ? (cells[columns.organisation] ?? '') : ''
    people.push({ name, organisation, role })
  }
  return people
}
