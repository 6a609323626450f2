import { z } from 'zod'

/** An action item not done yet, with the meeting it is in (`GET /api/action-items`). */
export const openActionItem = z.object({
  meetingId: z.string(),
  meetingTitle: z.string(),
  group: z.string(),
  /** The meeting's date, YYYY-MM-DD. */
  date: z.string(),
  text: z.string(),
  assignee: z.string(),
  due: z.string(),
  done: z.boolean(),
  /** The label of its agenda item ("3.", "Sak 38/25"), or ''. */
  itemLabel: z.string(),
})

export type OpenActionItem = z.infer<typeof openActionItem>

export const openActionItemsResponse = z.object({ actionItems: z.array(openActionItem) })
