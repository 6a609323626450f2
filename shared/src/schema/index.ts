export { ActionItem } from './ActionItem'
export { AgendaItem } from './AgendaItem'
export {
  AGENDA_ITEM_KINDS,
  type AgendaItemAttrs,
  type AgendaItemKind,
} from './agendaItemAttributes'
export { AgendaTitle } from './AgendaTitle'
export { createItemNode, type NewItemOptions } from './createItemNode'
export {
  Decision,
  DECISION_RECORD_ATTRS,
  DECISION_STATES,
  type DecisionState,
  type DecisionVote,
} from './Decision'
export { DecisionLock, touchesDecisions, type DecisionLockStorage } from './DecisionLock'
export { containsDecidedDecision, isDecidedDecision } from './isDecidedDecision'
export { isSafeHref } from './isSafeHref'
export type { MoveDirection } from './moveItem'
export { ReferatDocument } from './ReferatDocument'
export { schemaExtensions } from './schemaExtensions'
export { SectionHeading } from './SectionHeading'
export { SubItem } from './SubItem'
export { UniqueBlockIds } from './UniqueBlockIds'
