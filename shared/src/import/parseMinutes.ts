import type { JSONContent } from '@tiptap/core'
import { attendee, type Attendee } from '../model/attendee'
import { getReferatSchema } from '../model/getReferatSchema'
import { newId } from '../model/newId'
import { meetingMeta, type Language, type MeetingMeta } from '../protocol/meetingMeta'
import { readBody } from './body/readBody'
import { checkText } from './checkText'
import { findItemLines } from './findItemLines'
import type { ParsedPerson } from './header/ParsedPerson'
import { readHeader } from './header/readHeader'
import { ImportError } from './ImportError'
import { addVotes, chooseLanguage } from './languageVotes'
import type { ImportedMeeting, ParseMinutesOptions } from './ImportedMeeting'
import { parseBlocks } from './markdown/parseBlocks'
import type { SourceLine } from './markdown/SourceLine'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const LIMITS = { title: 300, group: 200, location: 300, person: 200 }

const hardBreakAtEnd = (line: SourceLine) =>
  line.text.trim() ? { ...line, text: `${line.text.trimEnd()}  ` } : line

function tooLong(what: string, limit: number, line: number | null): ImportError {
  return new ImportError(`The ${what} is longer than ${limit} characters.`, line)
}

/** Attendees with new ids; "vara for X" points at X's id when exactly one attendee is called X. */
function toAttendees(people: readonly ParsedPerson[]): Attendee[] {
  const attendees = people.map((person) => {
    for (const value of [person.name, person.organisation, person.substituteFor]) {
      if (value.length > LIMITS.person)
        throw tooLong('name or organisation', LIMITS.person, person.line)
    }
    return attendee.parse({
      id: newId(),
      name: person.name,
      organisation: person.organisation,
      role: person.role,
      presence: person.presence,
      substituteFor: person.substituteFor,
    })
  })
  for (const person of attendees) {
    if (!person.substituteFor) continue
    const named = attendees.filter(
      (other) => other !== person && other.name === person.substituteFor,
    )
    if (named.length === 1 && named[0]) person.substituteFor = named[0].id
  }
  return attendees
}

/**
 * Reads minutes or an agenda written in Markdown or plain text, as Norwegian municipalities
 * write them, into a meeting: the title, date, time and place, the attendees (the attendee
 * table with its moderator, "Forfall", "Dessuten møtte", "Fra sekretariatet møtte"), and the
 * body: numbered agenda items, sub-items a, b, c, section headings, paragraphs, lists and links,
 * decisions and action items. Text it does not recognise stays as paragraphs: nothing is
 * dropped. Our own Markdown export reads back as the same meeting.
 *
 * Throws `ImportError` (and builds nothing) for an empty, binary, non-UTF-8 or too large file, a
 * file without a title or without anything that makes it a meeting, and a meeting without a
 * date when `options.today` gives none.
 */
export function parseMinutes(text: string, options: ParseMinutesOptions = {}): ImportedMeeting {
  if (options.today !== undefined && !ISO_DATE.test(options.today)) {
    throw new RangeError(`options.today must be a date as YYYY-MM-DD, not "${options.today}"`)
  }
  const checked = checkText(text)
  const itemLines = findItemLines(checked)
  // Plain text (items on numbered lines, not in headings): a new line is a new line.
  const lines = itemLines ? checked.map(hardBreakAtEnd) : checked
  const blocks = parseBlocks(lines, {
    itemLines: itemLines ?? undefined,
    lazyContinuation: !itemLines,
  })
  const header = readHeader(blocks)
  if (!header.title) {
    throw new ImportError(
      'No title found: the minutes should start with a title, as a heading ("# Referat fra møte i …") or a bold line.',
    )
  }
  if (header.title.length > LIMITS.title) throw tooLong('title', LIMITS.title, header.titleLine)
  if ((header.group ?? '').length > LIMITS.group) throw tooLong('group', LIMITS.group, null)
  if ((header.location ?? '').length > LIMITS.location)
    throw tooLong('place', LIMITS.location, null)

  const attendees = toAttendees(header.people)
  const assigneeId = (name: string) => {
    const named = attendees.filter((person) => person.name === name)
    return named.length === 1 && named[0] ? named[0].id : name
  }
  const body = readBody([...header.rest, ...blocks.slice(header.bodyStart)], assigneeId)
  const items = body.content.filter((node) => node.type === 'agendaItem').length
  const signs =
    items + attendees.length + (header.date || header.start || header.invalidDate ? 1 : 0)
  if (signs === 0) {
    throw new ImportError(
      'This does not look like minutes or an agenda: it has no numbered agenda items, no meeting date and no attendee list.',
    )
  }
  const date = header.date ?? options.today
  if (!date) {
    const invalid = header.invalidDate
    throw invalid
      ? new ImportError(`"${invalid.text}" is not a valid date.`, invalid.line)
      : new ImportError(
          'No meeting date found: add a line such as "Tid: torsdag 16. mars 2023 kl. 09.00–11.00".',
        )
  }

  const language: Language =
    header.language ?? chooseLanguage(addVotes(header.votes, body.votes), options.language)
  const first = body.firstItem
  const fields: Partial<MeetingMeta> = {
    title: header.title,
    group: header.group ?? '',
    date,
    start: header.start,
    end: header.end,
    location: header.location ?? '',
    language,
    numbering: first?.yearly ? 'yearly' : 'plain',
    numberStart: Math.min(Math.max(first?.number ?? 1, 1), 100000),
  }
  const meta = meetingMeta.safeParse(fields)
  if (!meta.success) {
    throw new ImportError(
      `The meeting header cannot be read: ${meta.error.issues[0]?.message ?? ''}`,
    )
  }
  const doc: JSONContent = {
    type: 'doc',
    content: body.content.length > 0 ? body.content : [{ type: 'paragraph' }],
  }
  const node = getReferatSchema().nodeFromJSON(doc)
  node.check()
  return { meta: meta.data, attendees, body: node.toJSON() as JSONContent }
}
