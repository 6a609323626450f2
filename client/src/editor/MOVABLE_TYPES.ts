/** Node types that `moveItem` moves (as the shared `moveItem` command defines them). */
export const MOVABLE_TYPES: ReadonlySet<string> = new Set([
  'agendaItem',
  'subItem',
  'sectionHeading',
])
