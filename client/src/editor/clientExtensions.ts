import type { AnyExtension } from '@tiptap/core'
import { schemaExtensions } from '@referat/shared'
import { Dropcursor, Gapcursor, Placeholder } from '@tiptap/extensions'
import { AgendaNumbering } from './AgendaNumbering'
import { ClientActionItem } from './ClientActionItem'
import { ClientAgendaItem } from './ClientAgendaItem'
import { ClientDecision } from './ClientDecision'
import { ClientSubItem } from './ClientSubItem'
import { CaretItemVisible } from './CaretItemVisible'
import { LiveMeeting } from './LiveMeeting'
import { SelectionSync } from './SelectionSync'
import { SlashCommand } from './SlashCommand'
import { WordPaste } from './WordPaste'
import { patchYSyncBinding } from './patchYSyncBinding'

const withViews: Record<string, AnyExtension> = {
  agendaItem: ClientAgendaItem,
  subItem: ClientSubItem,
  decision: ClientDecision,
  actionItem: ClientActionItem,
}

patchYSyncBinding()

/**
 * Every extension of the minutes editor except the two that need a live document and provider
 * (Collaboration, CollaborationCaret): the shared schema, in its order, with React views on
 * agenda items and sub-items, plus behaviour that adds no nodes or marks.
 */
export const clientExtensions: AnyExtension[] = [
  ...schemaExtensions.map((extension) => withViews[extension.name] ?? extension),
  AgendaNumbering,
  LiveMeeting,
  // Placeholder texts come from CSS (custom properties set per UI language), keyed on these
  // classes, so they follow the node's context and a language switch without rebuilding.
  Placeholder.configure({
    placeholder: '',
    showOnlyCurrent: false,
    includeChildren: true,
    emptyNodeClass: ({ hasAnchor }) => (hasAnchor ? 'is-empty has-anchor' : 'is-empty'),
  }),
  Dropcursor.configure({ color: 'var(--color-accent)', width: 3 }),
  Gapcursor,
  SlashCommand,
  SelectionSync,
  CaretItemVisible,
  WordPaste,
]
