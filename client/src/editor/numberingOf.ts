import type { NumberingOptions } from '@referat/shared'
import type { EditorState } from '@tiptap/pm/state'
import { agendaNumberingKey } from './AgendaNumbering'

const PLAIN: NumberingOptions = { style: 'plain', start: 1, year: 0 }

/** The numbering style the editor currently numbers agenda items with. */
export function numberingOf(state: EditorState): NumberingOptions {
  return agendaNumberingKey.getState(state)?.options ?? PLAIN
}
