/** An agenda item as lists outside the editor show it. */
export interface AgendaItemRef {
  id: string
  /** Position of the item node in the document. */
  pos: number
  /** Its number, e.g. "3." or "Sak 38/25". */
  label: string
  title: string
}
