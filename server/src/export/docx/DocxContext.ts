import type { ExportLabels } from '@referat/shared'
import type { ListNumbering } from './ListNumbering'

/** What the parts of one DOCX document share while it is built. */
export interface DocxContext {
  labels: ExportLabels
  lists: ListNumbering
  /**
   * The decision written last, if nothing came after it: whether its bar was shifted (see
   * {@link decisionBox}).
   */
  lastDecision: { shifted: boolean } | null
}
