import type { Editor } from '@tiptap/core'
import { collectActionItems } from '../actions/collectActionItems'
import { listAgendaItems } from './listAgendaItems'
import { memoizeLast } from './memoizeLast'
import { numberingOf } from './numberingOf'

// One memo per list, shared by every panel that shows it (live bar, sidebar agenda, action
// items, print): the document is walked once per state, not once per panel.
const agendaItems = memoizeLast(listAgendaItems)
const actionItems = memoizeLast(collectActionItems)

/** The agenda items of the editor's document, numbered as the editor numbers them. */
export const agendaItemsOf = (editor: Editor) =>
  agendaItems(editor.state.doc, numberingOf(editor.state))

/** The action items of the editor's document, for the panels. */
export const actionItemsOf = (editor: Editor) =>
  actionItems(editor.state.doc, numberingOf(editor.state))
