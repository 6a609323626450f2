export { ActionItem } from './ActionItem'
export { AgendaItem } from './AgendaItem'
export {
  AGENDA_ITEM_KINDS,
  type AgendaItemAttrs,
  type AgendaItemKind,
} from './agendaItemAttributes'
export { AgendaTitle } from './AgendaTitle'
export { createItemNode, type NewItemOptions } from './createItemNode'
export { Decision, DECISION_STATES, type DecisionState } from './Decision'
export { isSafeHref } from './isSafeHref'
export type { MoveDirection } from './moveItem'
export { ReferatDocument } from './ReferatDocument'
export { schemaExtensions } from './schemaExtensions'
export { SectionHeading } from './SectionHeading'
export { SubItem } from './SubItem'
export { UniqueBlockIds } from './UniqueBlockIds'
