import { roleFromText } from '../../model/attendees/roleFromText'
import type { AttendeeRole } from '../../model/attendee'
import { inlinePlainText } from '../markdown/inline/inlinePlainText'
import { splitUnescaped } from '../markdown/splitUnescaped'
import { trailingParenGroup } from '../markdown/trailingParenGroup'
import type { ParsedPerson, PeopleSection } from './ParsedPerson'

const SUBSTITUTE_FOR =
  /^(?:vara|varamedlem|vararepresentant|møtende vara|møtande vara|møtte|substitute|deputy|stedfortreder|stadfortredar)\s+for\s+([\s\S]+)$/iu
const SUBSTITUTE = /^(?:vara|varamedlem|vararepresentant|substitute|deputy)$/iu

interface Notes {
  role: AttendeeRole | null
  substitute: boolean
  substituteFor: string
}

/** The notes of "(møteleder, vara for Ola Hansen)", or null when one of them is no note. */
function readNotes(inner: string): Notes | null {
  const notes: Notes = { role: null, substitute: false, substituteFor: '' }
  for (const part of splitUnescaped(inner, /,/)) {
    const raw = part.trim()
    const text = inlinePlainText(raw)
    const role = roleFromText(text)
    const substituteFor = SUBSTITUTE_FOR.exec(raw)
    if (role) notes.role = role
    else if (SUBSTITUTE.test(text)) notes.substitute = true
    else if (substituteFor) {
      notes.substitute = true
      notes.substituteFor = inlinePlainText(substituteFor[1] ?? '')
    } else return null
  }
  return notes
}

/**
 * One person from the raw Markdown of their name (with notes in parentheses after it:
 * "(møteleder)", "(vara for Ola Hansen)", "(gjest)") and organisation, listed in `section`.
 * When `organisationInParentheses` holds, parentheses that hold no notes give the organisation
 * ("Hanne Løkka (Frogn kommune)"). Null when there is no name.
 */
export function parsePerson(
  nameRaw: string,
  organisationRaw: string,
  section: PeopleSection,
  line: number,
  organisationInParentheses = false,
): ParsedPerson | null {
  let name = nameRaw.trim()
  let organisation = inlinePlainText(organisationRaw)
  let notes: Notes | null = null
  const group = trailingParenGroup(name)
  if (group && group.before) {
    notes = readNotes(group.inner)
    if (notes) name = group.before
    else if (organisationInParentheses && !organisation) {
      organisation = inlinePlainText(group.inner)
      name = group.before
    }
  }
  const plainName = inlinePlainText(name)
  if (!plainName) return null
  const present = section.presence === 'present' || section.presence === 'substitute'
  return {
    name: plainName,
    organisation,
    role: notes?.role ?? section.role,
    presence: notes?.substitute && present ? 'substitute' : section.presence,
    substituteFor: notes?.substituteFor ?? '',
    line,
  }
}
