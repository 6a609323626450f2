/** Helpers for reading what `parseMinutes` built. */
import type { JSONContent } from '@tiptap/core'
import { ImportError, parseMinutes, type ImportedMeeting } from '../../src/import'
import { getReferatSchema } from '../../src/model/getReferatSchema'

/** Top-level nodes of an imported body, checked against the schema first. */
export function topLevel(meeting: ImportedMeeting): JSONContent[] {
  getReferatSchema().nodeFromJSON(meeting.body).check()
  return meeting.body.content ?? []
}

/** The text of a node, without line breaks. */
export const textOf = (node: JSONContent | undefined): string =>
  node?.type === 'text' ? (node.text ?? '') : (node?.content ?? []).map(textOf).join('')

export const items = (meeting: ImportedMeeting) =>
  topLevel(meeting).filter((node) => node.type === 'agendaItem')

/** The children of the n-th agenda item after its title. */
export const itemBody = (meeting: ImportedMeeting, n = 0) =>
  items(meeting)[n]?.content?.slice(1) ?? []

export const titleOf = (item: JSONContent | undefined) => textOf(item?.content?.[0])

/** Minutes with a title and date around the given body lines. */
export const minutes = (...body: string[]) =>
  ['# Referat fra styremøte', '', 'Tid: 16.03.2023 kl. 09.00–11.00', '', ...body].join('\n')

/** The ImportError that importing `text` throws. */
export function importError(
  text: string,
  options?: Parameters<typeof parseMinutes>[1],
): ImportError {
  try {
    parseMinutes(text, options)
  } catch (error) {
    if (error instanceof ImportError) return error
    throw error
  }
  throw new Error('expected an ImportError')
}
