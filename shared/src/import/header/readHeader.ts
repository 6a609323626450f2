import type { AttendeeRole } from '../../model/attendee'
import { LANGUAGES, type Language } from '../../protocol/meetingMeta'
import { classifyItemText } from '../body/classifyItemText'
import { noVotes, type LanguageVotes, type VoteLanguage } from '../languageVotes'
import { inlinePlainText } from '../markdown/inline/inlinePlainText'
import { isEscaped } from '../markdown/isEscaped'
import type { MdBlock } from '../markdown/MdBlock'
import type { SourceLine } from '../markdown/SourceLine'
import { cleanTitle } from './cleanTitle'
import { headerLabel, type HeaderField, type HeaderLabel } from './headerLabel'
import { parseMeetingTime } from './parseMeetingTime'
import type { ParsedPerson, PeopleSection } from './ParsedPerson'
import {
  hasAttendeeHeader,
  peopleFromLine,
  peopleFromList,
  peopleFromTable,
  type ReadPeople,
} from './readPeople'

/** What the head of the minutes (everything before the first agenda item) says. */
export interface MeetingHeader {
  title: string | null
  titleLine: number | null
  group: string | null
  location: string | null
  date: string | null
  start: string
  end: string
  /** A date that does not exist, as written, and its line. */
  invalidDate: { text: string; line: number } | null
  people: ParsedPerson[]
  votes: LanguageVotes
  /** The language our own export names in a hidden comment (`<!-- referat: language=nn -->`). */
  language: Language | null
  /** Blocks of the head that are no header information: they open the body. */
  rest: MdBlock[]
  /** Index of the body's first block. */
  bodyStart: number
}

const SECTIONS: Partial<Record<HeaderField, PeopleSection>> = {
  present: { role: 'member', presence: 'present' },
  absent: { role: 'member', presence: 'absent' },
  alsoPresent: { role: 'member', presence: 'alsoPresent' },
  secretariat: { role: 'secretariat', presence: 'present' },
  invited: { role: 'member', presence: 'unknown' },
  substitute: { role: 'member', presence: 'substitute' },
  guest: { role: 'guest', presence: 'present' },
}
/** "Møteleder: Eli" and "Referent: Øyvind" give a role to someone who may be listed already. */
const ROLE_LINES: Partial<Record<HeaderField, AttendeeRole>> = {
  moderator: 'moderator',
  minuteTaker: 'secretariat',
}
const PRESENT: PeopleSection = { role: 'member', presence: 'present' }
const STATUS_LINE = /^(?:\*\*(?:UTKAST|DRAFT)\*\*|\*(?:Versjon|Version) \d+\*)$/
const BOLD_LINE = /^(\*\*|__)(?!\s)([\s\S]+?)\1$/
const GLUED_LABEL = /\*\*([^*]{1,40}?):?\*\*$/
const MAX_LABEL_LENGTH = 60
const MAX_TITLE_LENGTH = 300
/** A line that is only a date and time ("Torsdag 16. mars 2023 kl. 09.00–11.00") is short. */
const MAX_DATE_LINE = 100
/** Our export's `<!-- referat: language=nn -->`: nynorsk, which its words may not tell. */
const LANGUAGE_DIRECTIVE = /^referat:\s*language=(\S+)$/iu

/** A line without the marker of a hard break at its end. */
function withoutBreak(text: string): string {
  const trimmed = text.trimEnd()
  return trimmed.endsWith('\\') && !isEscaped(trimmed, trimmed.length - 1)
    ? trimmed.slice(0, -1).trimEnd()
    : trimmed
}

/** "Tid: …", "**Tid:** …", "**Tid**: …", or a label alone ("Frammøtte", "**Forfall:**"). */
function labelledLine(raw: string): { label: HeaderLabel; value: string } | null {
  const text = raw.replace(/^(\*\*|__)/, '')
  let colon = -1
  for (let i = text.indexOf(':'); i >= 0 && i < MAX_LABEL_LENGTH; i = text.indexOf(':', i + 1)) {
    if (!isEscaped(text, i)) {
      colon = i
      break
    }
  }
  if (colon < 0) {
    if (raw.length > MAX_LABEL_LENGTH) return null
    const label = headerLabel(inlinePlainText(raw))
    return label && (SECTIONS[label.field] || label.field === 'items') ? { label, value: '' } : null
  }
  const label = headerLabel(text.slice(0, colon).replace(/(\*\*|__)$/, ''))
  if (!label) return null
  const value = text
    .slice(colon + 1)
    .replace(/^\s*(\*\*|__)/, '')
    .trim()
  return { label, value }
}

/** Reads the head of the minutes block by block, remembering the list of people it is in. */
class HeaderReader {
  readonly header: MeetingHeader = {
    title: null,
    titleLine: null,
    group: null,
    location: null,
    date: null,
    start: '',
    end: '',
    invalidDate: null,
    people: [],
    votes: noVotes(),
    language: null,
    rest: [],
    bodyStart: 0,
  }
  /** The list of people ("Forfall") that lines are read into. */
  private section: PeopleSection | null = null
  /** Whether the section's label stood alone, so that the next block holds its people. */
  private sectionTakesBlock = false
  /** The first line of text, the title when there is no heading or bold line. */
  private firstLine: { block: { lines: SourceLine[] }; line: SourceLine } | null = null
  private roleLines: { name: string; role: AttendeeRole; line: number }[] = []

  read(blocks: readonly MdBlock[]): MeetingHeader {
    this.header.bodyStart = blocks.length
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i] as MdBlock
      const directive = block.type === 'comment' ? LANGUAGE_DIRECTIVE.exec(block.text) : null
      const named = LANGUAGES.find((language) => language === directive?.[1]?.toLowerCase())
      if (named) {
        this.header.language = named
        continue
      }
      const takes = this.sectionTakesBlock
      this.sectionTakesBlock = false
      if (block.type === 'heading' && classifyItemText(block.text)?.kind === 'item') {
        this.header.bodyStart = i
        break
      }
      const only =
        block.type === 'heading'
          ? block.text
          : block.type === 'paragraph' && block.lines.length === 1 && !takes
            ? withoutBreak(block.lines[0]?.text ?? '')
            : null
      const divider = only === null ? null : labelledLine(only)
      if (divider?.label.field === 'items' && !divider.value) {
        this.vote(divider.label.language)
        this.header.bodyStart = i + 1
        break
      }
      if (block.type === 'heading') this.heading(block)
      else if (block.type === 'paragraph') this.paragraph(block.lines, takes)
      else if (
        block.type === 'table' &&
        ((this.section && takes) || hasAttendeeHeader(block.rows))
      ) {
        this.addPeople(peopleFromTable(block.rows, (takes ? this.section : null) ?? PRESENT))
      } else if (block.type === 'list' && this.section && takes) {
        this.addPeople(peopleFromList(block.items, this.section))
      } else this.header.rest.push(block)
    }
    this.finish()
    return this.header
  }

  private vote(language: VoteLanguage | null): void {
    if (language) this.header.votes[language]++
  }

  private addPerson(people: readonly ParsedPerson[]): void {
    // Not push(...people): a list can be longer than a call's arguments may be.
    for (const person of people) this.header.people.push(person)
  }

  private addPeople(read: ReadPeople): void {
    this.addPerson(read.people)
    for (const line of read.rest) this.header.rest.push({ type: 'paragraph', lines: [line] })
  }

  private setTitle(raw: string, line: number): void {
    const { title, language } = cleanTitle(raw)
    this.header.title = title
    this.header.titleLine = line
    this.vote(language)
  }

  private heading(block: Extract<MdBlock, { type: 'heading' }>): void {
    if (!this.header.title && !labelledLine(block.text)) this.setTitle(block.text, block.line)
    else if (!this.labelLine(block.text, block.line, true)) this.header.rest.push(block)
  }

  /** Reads a labelled line: the field it set, or null when the line stays text. */
  private labelLine(raw: string, line: number, last: boolean): HeaderField | null {
    const found = labelledLine(raw)
    if (!found) return null
    const { label, value } = found
    const { header } = this
    const section = SECTIONS[label.field]
    const role = ROLE_LINES[label.field]
    if (label.field === 'time') {
      const time = parseMeetingTime(inlinePlainText(value))
      if (time.invalidDate && !time.date) header.invalidDate ??= { text: time.invalidDate, line }
      if (!time.date && !time.start && !time.end) return null
      header.date ??= time.date
      header.start ||= time.start
      header.end ||= time.end
    } else if (label.field === 'place') {
      header.location = inlinePlainText(value)
    } else if (label.field === 'group') {
      header.group = inlinePlainText(value)
    } else if (role) {
      const people = peopleFromLine(value, PRESENT, line)
      if (!people?.length) return null
      for (const person of people) this.roleLines.push({ name: person.name, role, line })
    } else if (section) {
      const listed = value ? peopleFromLine(value, section, line) : []
      if (listed === null) return null
      this.section = section
      this.addPerson(listed)
      this.sectionTakesBlock = last && !value
    } else return null
    this.vote(label.language)
    return label.field
  }

  private paragraph(lines: readonly SourceLine[], takes: boolean): void {
    const kept: SourceLine[] = []
    let listing = takes
    lines.forEach((line, index) => {
      const raw = withoutBreak(line.text).trim()
      const last = index === lines.length - 1
      if (STATUS_LINE.test(raw)) return
      // Right after "Forfall:" and the like a line of names is names, whatever the words.
      const people = listing && this.section ? peopleFromLine(raw, this.section, line.line) : null
      if (people) {
        this.addPerson(people)
        return
      }
      const field = this.labelLine(raw, line.line, last)
      if (field) {
        listing = SECTIONS[field] !== undefined
        return
      }
      if (!this.header.title && BOLD_LINE.test(raw) && inlinePlainText(raw)) {
        this.setTitle(raw, line.line)
        return
      }
      // "[Presentasjoner …](#)**Frammøtte:**": a label run into the line before it.
      const glued = GLUED_LABEL.exec(raw)
      const gluedLabel = glued ? headerLabel(glued[1] ?? '') : null
      const gluedSection = gluedLabel ? SECTIONS[gluedLabel.field] : undefined
      if (glued && gluedLabel && gluedSection && glued.index > 0) {
        kept.push({ text: raw.slice(0, glued.index), line: line.line })
        this.section = gluedSection
        this.sectionTakesBlock = last
        listing = true
        this.vote(gluedLabel.language)
        return
      }
      listing = false
      const time = raw.length <= MAX_DATE_LINE ? parseMeetingTime(inlinePlainText(raw)) : null
      if (time?.complete && time.date && !this.header.date) {
        this.header.date = time.date
        this.header.start ||= time.start
        this.header.end ||= time.end
        return
      }
      kept.push(line)
    })
    if (kept.length === 0) return
    const block = { type: 'paragraph' as const, lines: kept }
    if (!this.header.title && !this.firstLine && this.header.rest.length === 0) {
      this.firstLine = { block, line: kept[0] as SourceLine }
    }
    this.header.rest.push(block)
  }

  private finish(): void {
    const { header, firstLine } = this
    for (const { name, role, line } of this.roleLines) {
      const listed = header.people.find((person) => person.name === name)
      if (listed) listed.role = role
      else header.people.push({ ...PRESENT, name, role, organisation: '', substituteFor: '', line })
    }
    if (header.title || !firstLine) return
    const raw = withoutBreak(firstLine.line.text)
    if (raw.length > MAX_TITLE_LENGTH) return
    this.setTitle(raw, firstLine.line.line)
    firstLine.block.lines.shift()
    if (firstLine.block.lines.length === 0) {
      header.rest = header.rest.filter((block) => block !== firstLine.block)
    }
  }
}

/**
 * Reads the head of the minutes: the title (first heading or bold line, else the first short
 * line), date and time, place, group, and the people (attendee table, "Forfall:", "Fra
 * sekretariatet møtte:", "Møteleder:" …). It ends at the first agenda item or at a "Saker"
 * heading. Whatever it does not recognise is kept in `rest`, to open the body.
 */
export function readHeader(blocks: readonly MdBlock[]): MeetingHeader {
  return new HeaderReader().read(blocks)
}
