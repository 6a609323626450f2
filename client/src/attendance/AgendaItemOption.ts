/** An agenda item as attendance refers to it. */
export interface AgendaItemOption {
  id: string
  /** The item's number without a trailing dot: "3", or "38/25" in yearly numbering. */
  number: string
  title: string
}
