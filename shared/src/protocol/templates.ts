import { z } from 'zod'

/** A saved agenda to start meetings from. */
export const meetingTemplate = z.object({
  id: z.string(),
  name: z.string(),
  /** The group of the meeting it was saved from. */
  group: z.string(),
  /** Agenda item titles, in order. */
  agenda: z.array(z.string()),
  createdAt: z.string(),
})

export type MeetingTemplate = z.infer<typeof meetingTemplate>

export const templatesResponse = z.object({ templates: z.array(meetingTemplate) })

/** Body of `POST /api/templates`: save the agenda of meeting `meetingId` under `name`. */
export const saveTemplateRequest = z.object({
  meetingId: z.string().min(1).max(100),
  name: z.string().trim().min(1).max(120),
})
