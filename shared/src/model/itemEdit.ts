import { z } from 'zod'
import { ROLES } from '../protocol/roles'

/** Who last edited an agenda item, as the server records it in `DocLayout.lastEdited`. */
export const itemEdit = z.object({
  name: z.string(),
  role: z.enum(ROLES),
  /** ISO time. */
  at: z.string(),
})

export type ItemEdit = z.infer<typeof itemEdit>
